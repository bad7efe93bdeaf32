package org.plinth.geometry.mapping;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plinth.geometry.mesh.Transform;
import org.plinth.step.StepEntity;
import org.plinth.step.StepValue;

/**
 * Points, directions, axis placements, object placement chains and cartesian transformation operators as
 * {@link Transform}s in metres. Object placements are cached by id: storeys and buildings are shared by thousands
 * of products.
 */
final class PlacementMapper {

    private static final int MAX_CHAIN = 64;

    private final MappingContext cx;
    private final Map<Integer, Transform> objectPlacements = new HashMap<>();
    /** Decoded points by dense entity position: brep faces share their corners, decoding each once. */
    private final double[][] points;

    PlacementMapper(MappingContext cx) {
        this.cx = cx;
        this.points = new double[cx.model.size()][];
    }

    /** IfcCartesianPoint in metres (2D points get z = 0); the array is shared, do not modify. */
    double[] point(int id) {
        int at = cx.model.position(id);
        if (at >= 0) {
            double[] known = points[at];
            if (known != null) {
                return known;
            }
        }
        double[] p = decodePoint(id);
        if (at >= 0) {
            points[at] = p;
        }
        return p;
    }

    private double[] decodePoint(int id) {
        StepEntity e = cx.entity(id);
        List<StepValue> c = StepValues.list(e.attribute(0));
        double s = cx.units.toMetres();
        double[] p = new double[3];
        for (int k = 0; k < 3 && k < c.size(); k++) {
            p[k] = StepValues.number(c.get(k)) * s;
        }
        return p;
    }

    /** IfcDirection, normalised; {@code fallback} when id is 0. */
    double[] direction(int id, double[] fallback) {
        if (id == 0) {
            return fallback;
        }
        StepEntity e = cx.entity(id);
        List<StepValue> c = StepValues.list(e.attribute(0));
        double[] d = new double[3];
        for (int k = 0; k < 3 && k < c.size(); k++) {
            d[k] = StepValues.number(c.get(k));
        }
        double len = Math.sqrt(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]);
        if (len == 0 || !Double.isFinite(len)) {
            return fallback;
        }
        d[0] /= len;
        d[1] /= len;
        d[2] /= len;
        return d;
    }

    /** IfcAxis2Placement3D or IfcAxis2Placement2D (or IfcAxis1Placement); identity for 0. */
    Transform axisPlacement(int id) {
        if (id == 0) {
            return Transform.IDENTITY;
        }
        StepEntity e = cx.entity(id);
        String cls = cx.cls(id);
        double[] origin = e.isNull(0) ? new double[3] : point(e.ref(0));
        switch (cls) {
            case "IfcAxis2Placement3D" -> {
                double[] z = direction(StepValues.refOr0(e, 1), new double[] {0, 0, 1});
                double[] ref = direction(StepValues.refOr0(e, 2), new double[] {1, 0, 0});
                return frame(origin, z, ref);
            }
            case "IfcAxis2Placement2D" -> {
                double[] x = direction(StepValues.refOr0(e, 1), new double[] {1, 0, 0});
                return Transform.ofAxes(origin, new double[] {x[0], x[1], 0}, new double[] {-x[1], x[0], 0},
                    new double[] {0, 0, 1});
            }
            case "IfcAxis1Placement" -> {
                double[] z = direction(StepValues.refOr0(e, 1), new double[] {0, 0, 1});
                return frame(origin, z, new double[] {1, 0, 0});
            }
            default -> throw cx.fail(id, "not an axis placement");
        }
    }

    /** A right-handed frame with the given z, x taken from {@code ref} made orthogonal to z. */
    static Transform frame(double[] origin, double[] z, double[] ref) {
        double d = ref[0] * z[0] + ref[1] * z[1] + ref[2] * z[2];
        double[] x = {ref[0] - d * z[0], ref[1] - d * z[1], ref[2] - d * z[2]};
        double len = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        if (len < 1e-12) {
            // ref parallel to z: any perpendicular will do
            x = Math.abs(z[0]) < 0.9 ? new double[] {1 - z[0] * z[0], -z[0] * z[1], -z[0] * z[2]}
                : new double[] {-z[1] * z[0], 1 - z[1] * z[1], -z[1] * z[2]};
            len = Math.sqrt(x[0] * x[0] + x[1] * x[1] + x[2] * x[2]);
        }
        x[0] /= len;
        x[1] /= len;
        x[2] /= len;
        double[] y = {z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]};
        return Transform.ofAxes(origin, x, y, z);
    }

    /** World transform of an IfcObjectPlacement (local placement chains; grid and linear placements approximated). */
    Transform objectPlacement(int id) {
        return objectPlacement(id, 0);
    }

    private Transform objectPlacement(int id, int depth) {
        if (id == 0 || !cx.model.contains(id)) {
            return Transform.IDENTITY;
        }
        Transform known = objectPlacements.get(id);
        if (known != null) {
            return known;
        }
        if (depth > MAX_CHAIN) {
            throw cx.fail(id, "placement chain longer than " + MAX_CHAIN + " (a cycle?)");
        }
        StepEntity e = cx.entity(id);
        String cls = cx.cls(id);
        Transform result;
        if (cls.equals("IfcLocalPlacement")) {
            Transform parent = objectPlacement(StepValues.refOr0(e, 0), depth + 1);
            result = parent.multiply(axisPlacement(StepValues.refOr0(e, 1)));
        } else if (cls.equals("IfcLinearPlacement")) {
            int cartesian = cx.attr(id, "CartesianPosition");
            int rel = cx.attr(id, "PlacementRelTo");
            Transform parent = rel >= 0 ? objectPlacement(StepValues.refOr0(e, rel), depth + 1) : Transform.IDENTITY;
            if (cartesian >= 0 && StepValues.refOr0(e, cartesian) != 0) {
                result = parent.multiply(axisPlacement(e.ref(cartesian)));
            } else {
                cx.note("linear placement without CartesianPosition placed at its parent");
                result = parent;
            }
        } else if (cls.equals("IfcGridPlacement")) {
            cx.note("grid placement not resolved; placed at the origin");
            result = Transform.IDENTITY;
        } else {
            throw cx.fail(id, "unsupported object placement");
        }
        objectPlacements.put(id, result);
        return result;
    }

    /** IfcCartesianTransformationOperator2D/3D (uniform or not) as a transform; identity for 0. */
    Transform operator(int id) {
        if (id == 0) {
            return Transform.IDENTITY;
        }
        StepEntity e = cx.entity(id);
        String cls = cx.cls(id);
        boolean is3d = cls.startsWith("IfcCartesianTransformationOperator3D");
        double[] origin = e.isNull(2) ? new double[3] : point(e.ref(2));
        double scale = StepValues.realOr(e, 3, 1);
        double[] axis1 = direction(StepValues.refOr0(e, 0), null);
        double[] axis2 = direction(StepValues.refOr0(e, 1), null);
        double[] z = is3d ? direction(StepValues.refOr0(e, 4), new double[] {0, 0, 1}) : new double[] {0, 0, 1};
        double sx = scale;
        double sy = scale;
        double sz = scale;
        if (cls.equals("IfcCartesianTransformationOperator3DnonUniform")) {
            sy = StepValues.realOr(e, 5, scale);
            sz = StepValues.realOr(e, 6, scale);
        } else if (cls.equals("IfcCartesianTransformationOperator2DnonUniform")) {
            sy = StepValues.realOr(e, 4, scale);
        }
        // IFC's BaseAxis: x from Axis1 made orthogonal to z; y from Axis2 made orthogonal to both (may mirror)
        double[] x = orthogonal(axis1 != null ? axis1 : new double[] {1, 0, 0}, z, null);
        if (x == null) {
            x = orthogonal(new double[] {1, 0, 0}, z, null);
            if (x == null) {
                x = orthogonal(new double[] {0, 1, 0}, z, null);
            }
        }
        double[] zx = {z[1] * x[2] - z[2] * x[1], z[2] * x[0] - z[0] * x[2], z[0] * x[1] - z[1] * x[0]};
        double[] y = axis2 != null ? orthogonal(axis2, z, x) : null;
        if (y == null) {
            y = zx;
        }
        return Transform.ofAxes(origin, new double[] {x[0] * sx, x[1] * sx, x[2] * sx},
            new double[] {y[0] * sy, y[1] * sy, y[2] * sy}, new double[] {z[0] * sz, z[1] * sz, z[2] * sz});
    }

    /** {@code v} without its components along unit vectors {@code a} and {@code b} (b may be null), normalised. */
    private static double[] orthogonal(double[] v, double[] a, double[] b) {
        double[] r = v.clone();
        double d = r[0] * a[0] + r[1] * a[1] + r[2] * a[2];
        r[0] -= d * a[0];
        r[1] -= d * a[1];
        r[2] -= d * a[2];
        if (b != null) {
            d = r[0] * b[0] + r[1] * b[1] + r[2] * b[2];
            r[0] -= d * b[0];
            r[1] -= d * b[1];
            r[2] -= d * b[2];
        }
        double len = Math.sqrt(r[0] * r[0] + r[1] * r[1] + r[2] * r[2]);
        if (len < 1e-9) {
            return null;
        }
        return new double[] {r[0] / len, r[1] / len, r[2] / len};
    }
}
