package org.plinth.geometry.mapping;

import java.util.Arrays;
import java.util.List;
import org.plinth.geometry.mesh.BSpline;
import org.plinth.geometry.mesh.Transform;
import org.plinth.step.StepEntity;
import org.plinth.step.StepValue;

/**
 * Bounded curves as polylines (x,y,z interleaved, metres): polyline, indexed poly curve with line and arc
 * segments, composite curve, trimmed circle/ellipse/line, full circle and ellipse. Arcs are cut by the chord
 * tolerance of the settings.
 */
final class CurveMapper {

    private static final int MAX_DEPTH = 32;

    private final MappingContext cx;
    private final PlacementMapper placements;

    CurveMapper(MappingContext cx, PlacementMapper placements) {
        this.cx = cx;
        this.placements = placements;
    }

    double[] points(int id) {
        return points(id, 0);
    }

    private double[] points(int id, int depth) {
        if (depth > MAX_DEPTH) {
            throw cx.fail(id, "curve nesting deeper than " + MAX_DEPTH);
        }
        StepEntity e = cx.entity(id);
        String cls = cx.cls(id);
        switch (cls) {
            case "IfcPolyline" -> {
                int[] pts = e.refs(0);
                double[] out = new double[pts.length * 3];
                for (int i = 0; i < pts.length; i++) {
                    System.arraycopy(placements.point(pts[i]), 0, out, i * 3, 3);
                }
                return out;
            }
            case "IfcIndexedPolyCurve" -> {
                return indexedPolyCurve(e);
            }
            case "IfcCompositeCurve", "IfcCompositeCurveOnSurface", "Ifc2DCompositeCurve" -> {
                PointList out = new PointList();
                for (int seg : e.refs(0)) {
                    StepEntity s = cx.entity(seg);
                    double[] p = points(s.ref(2), depth + 1);
                    boolean same = !"F".equals(s.enumValue(1));
                    out.addAll(same ? p : reversed(p));
                }
                return out.toArray();
            }
            case "IfcTrimmedCurve" -> {
                return trimmed(e, depth);
            }
            case "IfcCircle" -> {
                double r = cx.length(e, 1);
                return arc(placements.axisPlacement(e.ref(0)), r, r, 0, 2 * Math.PI, false);
            }
            case "IfcEllipse" -> {
                double a = cx.length(e, 1);
                double b = cx.length(e, 2);
                return arc(placements.axisPlacement(e.ref(0)), a, b, 0, 2 * Math.PI, false);
            }
            case "IfcBSplineCurveWithKnots", "IfcRationalBSplineCurveWithKnots" -> {
                return bspline(e, cls.startsWith("IfcRational"));
            }
            case "IfcLine" -> throw cx.fail(id, "an unbounded line needs trimming");
            default -> throw cx.fail(id, "unsupported curve");
        }
    }

    private double[] bspline(StepEntity e, boolean rational) {
        int degree = (int) e.integer(0);
        int[] pts = e.refs(1);
        double[] ctrl = new double[pts.length * 3];
        for (int i = 0; i < pts.length; i++) {
            System.arraycopy(placements.point(pts[i]), 0, ctrl, i * 3, 3);
        }
        double[] knots = BSpline.expandKnots(StepValues.numbers(e.attribute(6)), StepValues.ints(e.attribute(5)));
        if (knots.length != pts.length + degree + 1) {
            throw cx.fail(e.id(), knots.length + " knots for " + pts.length + " control points of degree " + degree);
        }
        double[] weights = rational ? StepValues.numbers(e.attribute(8)) : null;
        return BSpline.curve(ctrl, weights, degree, knots);
    }

    /**
     * Points of an edge from vertex {@code start} to vertex {@code end} along curve {@code id}: lines are their two
     * vertices, circles and ellipses the arc between them ({@code sameSense}: counter-clockwise), other curves their
     * points turned to run from the start vertex.
     */
    double[] edgePoints(int id, double[] start, double[] end, boolean sameSense) {
        String cls = cx.cls(id);
        if (cls.equals("IfcLine") || cls.equals("IfcPolyline") && start != null && end != null
                && cx.entity(id).refs(0).length == 2) {
            return new double[] {start[0], start[1], start[2], end[0], end[1], end[2]};
        }
        if ((cls.equals("IfcCircle") || cls.equals("IfcEllipse")) && start != null && end != null) {
            StepEntity c = cx.entity(id);
            Transform frame = placements.axisPlacement(c.ref(0));
            double ra = cx.length(c, 1);
            double rb = cls.equals("IfcEllipse") ? cx.length(c, 2) : ra;
            double a1 = angleIn(frame, start, ra, rb);
            double a2 = angleIn(frame, end, ra, rb);
            double sweep = sameSense ? a2 - a1 : a1 - a2;
            while (sweep <= 1e-9) {
                sweep += 2 * Math.PI;
            }
            double[] p = arc(frame, ra, rb, a1, sameSense ? sweep : -sweep, true);
            System.arraycopy(start, 0, p, 0, 3);
            System.arraycopy(end, 0, p, p.length - 3, 3);
            return p;
        }
        double[] p = points(id);
        if (!sameSense) {
            p = reversed(p);
        }
        return p;
    }

    private static double angleIn(Transform frame, double[] point, double ra, double rb) {
        double dx = point[0] - frame.get(0, 3);
        double dy = point[1] - frame.get(1, 3);
        double dz = point[2] - frame.get(2, 3);
        double x = dx * frame.get(0, 0) + dy * frame.get(1, 0) + dz * frame.get(2, 0);
        double y = dx * frame.get(0, 1) + dy * frame.get(1, 1) + dz * frame.get(2, 1);
        return Math.atan2(y / rb, x / ra);
    }

    private double[] indexedPolyCurve(StepEntity e) {
        StepEntity list = cx.entity(e.ref(0));
        boolean is3d = cx.cls(list.id()).equals("IfcCartesianPointList3D");
        int width = is3d ? 3 : 2;
        double[] flat = StepValues.flatNumbers(list.attribute(0), width);
        double s = cx.units.toMetres();
        int n = flat.length / width;
        double[] pts = new double[n * 3];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < width; k++) {
                pts[i * 3 + k] = flat[i * width + k] * s;
            }
        }
        if (e.attributeCount() < 2 || e.isNull(1)) {
            return pts;
        }
        PointList out = new PointList();
        for (StepValue seg : StepValues.list(e.attribute(1))) {
            String kind = seg instanceof StepValue.Typed t ? t.typeName() : "IFCLINEINDEX";
            int[] ix = StepValues.ints(seg);
            if (kind.equals("IFCARCINDEX") && ix.length == 3) {
                out.addAll(arcThrough(pts, ix[0] - 1, ix[1] - 1, ix[2] - 1));
            } else {
                for (int i : ix) {
                    if (i < 1 || i > n) {
                        throw cx.fail(e.id(), "segment index " + i + " outside 1.." + n);
                    }
                    out.add(pts[(i - 1) * 3], pts[(i - 1) * 3 + 1], pts[(i - 1) * 3 + 2]);
                }
            }
        }
        return out.toArray();
    }

    /** The arc from p[a] through p[b] to p[c]. */
    private double[] arcThrough(double[] p, int a, int b, int c) {
        double[] p0 = Arrays.copyOfRange(p, a * 3, a * 3 + 3);
        double[] p1 = Arrays.copyOfRange(p, b * 3, b * 3 + 3);
        double[] p2 = Arrays.copyOfRange(p, c * 3, c * 3 + 3);
        double[] u = sub(p1, p0);
        double[] v = sub(p2, p0);
        double[] w = cross(u, v);
        double ww = dot(w, w);
        if (ww < 1e-24) {
            return new double[] {p0[0], p0[1], p0[2], p2[0], p2[1], p2[2]};
        }
        // circumcentre: p0 + ((|u|² v − |v|² u) × w) / (2 |w|²)... written with the standard identity
        double[] t1 = scale(cross(w, u), dot(v, v));
        double[] t2 = scale(cross(v, w), dot(u, u));
        double[] centre = {p0[0] + (t1[0] + t2[0]) / (2 * ww), p0[1] + (t1[1] + t2[1]) / (2 * ww),
            p0[2] + (t1[2] + t2[2]) / (2 * ww)};
        double[] x = sub(p0, centre);
        double r = Math.sqrt(dot(x, x));
        double[] z = scale(w, 1 / Math.sqrt(ww));
        double[] xn = scale(x, 1 / r);
        double[] yn = cross(z, xn);
        double[] e = sub(p2, centre);
        double end = Math.atan2(dot(e, yn), dot(e, xn));
        if (end <= 0) {
            end += 2 * Math.PI;
        }
        Transform frame = Transform.ofAxes(centre, xn, yn, z);
        double[] out = arc(frame, r, r, 0, end, true);
        // exact end points, so consecutive segments meet
        System.arraycopy(p0, 0, out, 0, 3);
        System.arraycopy(p2, 0, out, out.length - 3, 3);
        return out;
    }

    private double[] trimmed(StepEntity e, int depth) {
        int basis = e.ref(0);
        String basisCls = cx.cls(basis);
        boolean sense = !"F".equals(e.enumValue(3));
        boolean preferPoints = e.attributeCount() > 4 && !e.isNull(4) && "CARTESIAN".equals(e.enumValue(4));
        StepEntity b = cx.entity(basis);
        if (basisCls.equals("IfcCircle") || basisCls.equals("IfcEllipse")) {
            Transform frame = placements.axisPlacement(b.ref(0));
            double ra = cx.length(b, 1);
            double rb = basisCls.equals("IfcEllipse") ? cx.length(b, 2) : ra;
            double t1 = angleOf(e.attribute(1), frame, ra, rb, preferPoints);
            double t2 = angleOf(e.attribute(2), frame, ra, rb, preferPoints);
            double sweep = sense ? t2 - t1 : t1 - t2;
            while (sweep <= 1e-12) {
                sweep += 2 * Math.PI;
            }
            while (sweep > 2 * Math.PI + 1e-12) {
                sweep -= 2 * Math.PI;
            }
            return arc(frame, ra, rb, t1, sense ? sweep : -sweep, true);
        }
        if (basisCls.equals("IfcLine")) {
            double[] origin = placements.point(b.ref(0));
            StepEntity vec = cx.entity(b.ref(1));
            double[] dir = placements.direction(vec.ref(0), new double[] {1, 0, 0});
            double mag = cx.length(vec, 1);
            double[] a = linePoint(e.attribute(1), origin, dir, mag, preferPoints);
            double[] c = linePoint(e.attribute(2), origin, dir, mag, preferPoints);
            return sense ? new double[] {a[0], a[1], a[2], c[0], c[1], c[2]}
                : new double[] {c[0], c[1], c[2], a[0], a[1], a[2]};
        }
        if (basisCls.equals("IfcPolyline") || basisCls.startsWith("IfcCompositeCurve")) {
            cx.note("trimmed " + basisCls + " taken whole");
            double[] p = points(basis, depth + 1);
            return sense ? p : reversed(p);
        }
        throw cx.fail(e.id(), "trimmed curve on unsupported basis " + basisCls);
    }

    private double angleOf(StepValue trim, Transform frame, double ra, double rb, boolean preferPoints) {
        Double param = null;
        double[] point = null;
        for (StepValue v : StepValues.list(trim)) {
            if (v instanceof StepValue.Ref r) {
                point = placements.point(r.id());
            } else {
                param = StepValues.number(v);
            }
        }
        if (point != null && (preferPoints || param == null)) {
            double dx = point[0] - frame.get(0, 3);
            double dy = point[1] - frame.get(1, 3);
            double dz = point[2] - frame.get(2, 3);
            double x = dx * frame.get(0, 0) + dy * frame.get(1, 0) + dz * frame.get(2, 0);
            double y = dx * frame.get(0, 1) + dy * frame.get(1, 1) + dz * frame.get(2, 1);
            return Math.atan2(y / rb, x / ra);
        }
        if (param != null) {
            return param * cx.units.toRadians();
        }
        throw new MappingException(0, "IfcTrimmedCurve", "trim without point or parameter");
    }

    private double[] linePoint(StepValue trim, double[] origin, double[] dir, double mag, boolean preferPoints) {
        Double param = null;
        double[] point = null;
        for (StepValue v : StepValues.list(trim)) {
            if (v instanceof StepValue.Ref r) {
                point = placements.point(r.id());
            } else {
                param = StepValues.number(v);
            }
        }
        if (point != null && (preferPoints || param == null)) {
            return point;
        }
        double t = param == null ? 0 : param * mag;
        return new double[] {origin[0] + dir[0] * t, origin[1] + dir[1] * t, origin[2] + dir[2] * t};
    }

    /** Points of an elliptic arc in {@code frame} from angle {@code start} over {@code sweep} (signed). */
    double[] arc(Transform frame, double ra, double rb, double start, double sweep, boolean includeEnd) {
        int n = cx.settings.arcSegments(Math.max(ra, rb), Math.abs(sweep));
        if (!includeEnd) {
            n = Math.max(n, 3);
        }
        int count = includeEnd ? n + 1 : n;
        double[] out = new double[count * 3];
        for (int i = 0; i < count; i++) {
            double t = start + sweep * i / n;
            frame.applyPoint(ra * Math.cos(t), rb * Math.sin(t), 0, out, i * 3);
        }
        return out;
    }

    static double[] reversed(double[] p) {
        int n = p.length / 3;
        double[] r = new double[p.length];
        for (int i = 0; i < n; i++) {
            System.arraycopy(p, (n - 1 - i) * 3, r, i * 3, 3);
        }
        return r;
    }

    private static double[] sub(double[] a, double[] b) {
        return new double[] {a[0] - b[0], a[1] - b[1], a[2] - b[2]};
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] scale(double[] a, double s) {
        return new double[] {a[0] * s, a[1] * s, a[2] * s};
    }

    /** Growable x,y,z list that drops a point equal to the previous one (segment joints). */
    static final class PointList {
        private double[] p = new double[48];
        private int n;

        void add(double x, double y, double z) {
            if (n >= 3 && Math.abs(p[n - 3] - x) < 1e-9 && Math.abs(p[n - 2] - y) < 1e-9 && Math.abs(p[n - 1] - z) < 1e-9) {
                return;
            }
            if (n + 3 > p.length) {
                p = Arrays.copyOf(p, p.length * 2);
            }
            p[n++] = x;
            p[n++] = y;
            p[n++] = z;
        }

        void addAll(double[] q) {
            for (int i = 0; i + 2 < q.length; i += 3) {
                add(q[i], q[i + 1], q[i + 2]);
            }
        }

        double[] toArray() {
            return Arrays.copyOf(p, n);
        }
    }
}
