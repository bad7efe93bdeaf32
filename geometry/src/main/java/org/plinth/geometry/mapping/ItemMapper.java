package org.plinth.geometry.mapping;

import java.util.ArrayList;
import java.util.List;
import org.plinth.geometry.mesh.BSpline;
import org.plinth.geometry.mesh.Colour;
import org.plinth.geometry.mesh.Extruder;
import org.plinth.geometry.mesh.MeshBoolean;
import org.plinth.geometry.mesh.MeshBuilder;
import org.plinth.geometry.mesh.Profile;
import org.plinth.geometry.mesh.Shape;
import org.plinth.geometry.mesh.ShapeBuilder;
import org.plinth.geometry.mesh.Sweeper;
import org.plinth.geometry.mesh.Transform;
import org.plinth.step.StepEntity;
import org.plinth.step.StepValue;

/**
 * Representation items into triangles: extruded area solids, faceted breps, shell- and face-based surface models,
 * triangulated and polygonal face sets, nested mapped items, boolean results (first operand until the boolean
 * engine lands). Items that carry no volume or surface (curves, points, annotation) give nothing.
 */
final class ItemMapper {

    private static final int MAX_DEPTH = 32;

    private final MappingContext cx;
    private final PlacementMapper placements;
    private final ProfileMapper profiles;
    private final StyleMapper styles;
    private final CurveMapper curves;
    private final MeshBoolean booleans;

    ItemMapper(MappingContext cx, PlacementMapper placements, ProfileMapper profiles, StyleMapper styles,
            CurveMapper curves) {
        this.cx = cx;
        this.placements = placements;
        this.profiles = profiles;
        this.styles = styles;
        this.curves = curves;
        this.booleans = new MeshBoolean(cx.settings.booleanPlaneTolerance());
    }

    /** Emits item {@code id} into {@code out}, its coordinates mapped by {@code t}. */
    void emit(int id, Transform t, Colour inherited, ShapeBuilder out) {
        emit(id, t, inherited, out, 0);
    }

    private void emit(int id, Transform t, Colour inherited, ShapeBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw cx.fail(id, "representation items nested deeper than " + MAX_DEPTH);
        }
        Colour own = styles.itemColour(id);
        Colour colour = own != null ? own : inherited;
        StepEntity e = cx.entity(id);
        String cls = cx.cls(id);
        switch (cls) {
            case "IfcExtrudedAreaSolid", "IfcExtrudedAreaSolidTapered" -> {
                if (cls.endsWith("Tapered")) {
                    cx.note("tapered extrusion meshed without taper");
                }
                Transform position = t.multiply(placements.axisPlacement(StepValues.refOr0(e, 1)));
                double[] dir = placements.direction(e.ref(2), new double[] {0, 0, 1});
                double depthM = cx.length(e, 3);
                if (!(depthM > 0)) {
                    throw cx.fail(id, "extrusion depth " + depthM + " is not positive");
                }
                for (Profile p : profiles.profiles(e.ref(0))) {
                    Extruder.extrude(p, dir, depthM, out.builder(colour, position));
                }
            }
            case "IfcSweptDiskSolid", "IfcSweptDiskSolidPolygonal" -> {
                double[] path = curves.points(e.ref(0));
                double radius = cx.length(e, 1);
                double inner = cx.lengthOr(e, 2, 0);
                noteIfTrimmed(e, 3, e.ref(0));
                Sweeper.sweepDisk(path, radius, inner, cx.settings, out.builder(colour, t));
            }
            case "IfcSurfaceCurveSweptAreaSolid", "IfcFixedReferenceSweptAreaSolid", "IfcDirectrixCurveSweptAreaSolid" -> {
                Transform position = t.multiply(placements.axisPlacement(StepValues.refOr0(e, 1)));
                double[] path = curves.points(e.ref(2));
                noteIfTrimmed(e, 3, e.ref(2));
                double[] reference = {0, 0, 1};
                boolean referenceIsY = true;
                if (cls.equals("IfcFixedReferenceSweptAreaSolid") && e.attributeCount() > 5 && !e.isNull(5)) {
                    reference = placements.direction(e.ref(5), new double[] {1, 0, 0});
                    referenceIsY = false;
                } else if (cls.equals("IfcSurfaceCurveSweptAreaSolid") && StepValues.refOr0(e, 5) != 0
                        && cx.cls(e.ref(5)).equals("IfcPlane")) {
                    // the profile's y follows the reference plane's normal
                    Transform plane = placements.axisPlacement(cx.entity(e.ref(5)).ref(0));
                    reference = new double[] {plane.get(0, 2), plane.get(1, 2), plane.get(2, 2)};
                } else if (cls.equals("IfcSurfaceCurveSweptAreaSolid")) {
                    cx.note("non-planar reference surface approximated by the z axis");
                }
                for (Profile p : profiles.profiles(e.ref(0))) {
                    Sweeper.sweepProfile(p, path, reference, referenceIsY, out.builder(colour, position));
                }
            }
            case "IfcRevolvedAreaSolid" -> {
                Transform position = t.multiply(placements.axisPlacement(StepValues.refOr0(e, 1)));
                StepEntity axis = cx.entity(e.ref(2));
                double[] origin = placements.point(axis.ref(0));
                double[] dir = placements.direction(StepValues.refOr0(axis, 1), new double[] {0, 0, 1});
                double angle = e.real(3) * cx.units.toRadians();
                for (Profile p : profiles.profiles(e.ref(0))) {
                    Sweeper.revolve(p, origin, dir, angle, cx.settings, out.builder(colour, position));
                }
            }
            case "IfcFacetedBrep", "IfcFacetedBrepWithVoids", "IfcClosedShell", "IfcOpenShell" -> {
                MeshBuilder b = out.builder(colour, t);
                if (cls.startsWith("IfcFacetedBrep")) {
                    int vertexMark = b.vertexCount();
                    int indexMark = b.indexCount();
                    faces(cx.entity(e.ref(0)).refs(0), b);
                    b.orientOutwardSince(vertexMark, indexMark);
                    if (cls.endsWith("WithVoids")) {
                        for (int v : e.refs(1)) {
                            int vm = b.vertexCount();
                            int im = b.indexCount();
                            faces(cx.entity(v).refs(0), b);
                            // a void's shell must enclose negative volume: turn it outward, then over
                            b.orientOutwardSince(vm, im);
                            b.flipSince(vm, im);
                        }
                    }
                } else {
                    faces(e.refs(0), b);
                }
            }
            case "IfcAdvancedBrep", "IfcAdvancedBrepWithVoids" -> {
                MeshBuilder b = out.builder(colour, t);
                int vertexMark = b.vertexCount();
                int indexMark = b.indexCount();
                advancedFaces(cx.entity(e.ref(0)).refs(0), b);
                b.orientOutwardSince(vertexMark, indexMark);
                if (cls.endsWith("WithVoids")) {
                    for (int v : e.refs(1)) {
                        int vm = b.vertexCount();
                        int im = b.indexCount();
                        advancedFaces(cx.entity(v).refs(0), b);
                        b.orientOutwardSince(vm, im);
                        b.flipSince(vm, im);
                    }
                }
            }
            case "IfcShellBasedSurfaceModel", "IfcFaceBasedSurfaceModel" -> {
                MeshBuilder b = out.builder(colour, t);
                for (int shell : e.refs(0)) {
                    faces(cx.entity(shell).refs(0), b);
                }
            }
            case "IfcTriangulatedFaceSet", "IfcTriangulatedIrregularNetwork", "IfcPolygonalFaceSet" -> {
                MeshBuilder b = out.builder(colour, t);
                int vertexMark = b.vertexCount();
                int indexMark = b.indexCount();
                if (cls.equals("IfcPolygonalFaceSet")) {
                    polygonalFaceSet(e, b);
                } else {
                    triangulatedFaceSet(e, b);
                }
                int closed = cx.attr(id, "Closed");
                if (closed >= 0 && closed < e.attributeCount() && !e.isNull(closed) && "T".equals(e.enumValue(closed))) {
                    b.orientOutwardSince(vertexMark, indexMark);
                }
            }
            case "IfcMappedItem" -> {
                StepEntity map = cx.entity(e.ref(0));
                Transform inner = t.multiply(placements.operator(e.ref(1)))
                    .multiply(placements.axisPlacement(map.ref(0)));
                for (int item : cx.entity(map.ref(1)).refs(3)) {
                    emit(item, inner, colour, out, depth + 1);
                }
            }
            case "IfcBooleanResult", "IfcBooleanClippingResult" -> {
                MeshBoolean.Solid result = booleanResult(e, t, colour, depth);
                MeshBoolean.emit(result, out.builder(colour, Transform.IDENTITY));
            }
            case "IfcBoundingBox", "IfcHalfSpaceSolid", "IfcPolygonalBoundedHalfSpace", "IfcBoxedHalfSpace" ->
                cx.note(cls + " as a body item is not meshed");
            default -> {
                if (cx.isA(id, "IfcCurve") || cx.isA(id, "IfcPoint") || cx.isA(id, "IfcGeometricSet")
                        || cx.isA(id, "IfcAnnotationFillArea") || cx.isA(id, "IfcTextLiteral")) {
                    return;
                }
                throw cx.fail(id, "unsupported representation item");
            }
        }
    }

    /**
     * Sweeps are meshed along their whole directrix. Start/End parameters of (0, 1) are how exporters write "all of
     * it", and on a trimmed curve they run over its own trimmed range, so only other cases are noted.
     */
    private void noteIfTrimmed(StepEntity e, int startAttr, int directrix) {
        boolean hasStart = e.attributeCount() > startAttr && !e.isNull(startAttr);
        boolean hasEnd = e.attributeCount() > startAttr + 1 && !e.isNull(startAttr + 1);
        if (!hasStart && !hasEnd) {
            return;
        }
        double start = hasStart ? e.real(startAttr) : 0;
        double end = hasEnd ? e.real(startAttr + 1) : 1;
        if ((start == 0 && end == 1) || cx.cls(directrix).equals("IfcTrimmedCurve")) {
            return;
        }
        cx.note("sweep start/end parameters " + start + ".." + end + " ignored (whole directrix swept)");
    }

    /** Operand kinds that are not meshes of their own: they need the other operand's extent. */
    private boolean isHalfSpace(int id) {
        return cx.isA(id, "IfcHalfSpaceSolid");
    }

    private MeshBoolean.Solid booleanResult(StepEntity e, Transform t, Colour colour, int depth) {
        String op = e.enumValue(0);
        MeshBoolean.Operation operation = switch (op) {
            case "UNION" -> MeshBoolean.Operation.UNION;
            case "INTERSECTION" -> MeshBoolean.Operation.INTERSECTION;
            default -> MeshBoolean.Operation.DIFFERENCE;
        };
        MeshBoolean.Solid a = operand(e.ref(1), t, colour, depth, null);
        MeshBoolean.Solid b = operand(e.ref(2), t, colour, depth, a.bounds());
        return booleans.apply(operation, a, b);
    }

    /** A boolean operand as a solid in the coordinates of {@code t}; half-spaces are cut to {@code near}'s size. */
    private MeshBoolean.Solid operand(int id, Transform t, Colour colour, int depth, double[] near) {
        if (depth > MAX_DEPTH) {
            throw cx.fail(id, "boolean operands nested deeper than " + MAX_DEPTH);
        }
        String cls = cx.cls(id);
        StepEntity e = cx.entity(id);
        if (cls.equals("IfcBooleanResult") || cls.equals("IfcBooleanClippingResult")) {
            return booleanResult(e, t, colour, depth + 1);
        }
        if (isHalfSpace(id)) {
            if (near == null) {
                throw cx.fail(id, "a half-space as first operand has no extent");
            }
            if (!Double.isFinite(near[0])) {
                return MeshBoolean.Solid.EMPTY;
            }
            Transform plane = t.multiply(placements.axisPlacement(cx.entity(e.ref(0)).ref(0)));
            boolean agreement = !"F".equals(e.enumValue(1));
            double s = reach(plane, near);
            // AgreementFlag true: the plane normal points away from the half-space's material
            MeshBoolean.Solid half = MeshBoolean.box(plane, -s, s, -s, s, agreement ? -s : 0, agreement ? 0 : s);
            if (cls.equals("IfcPolygonalBoundedHalfSpace")) {
                Transform position = t.multiply(placements.axisPlacement(e.ref(2)));
                double[] pts = curves.points(e.ref(3));
                double[] ring = new double[pts.length / 3 * 2];
                for (int i = 0; i < ring.length / 2; i++) {
                    ring[i * 2] = pts[i * 3];
                    ring[i * 2 + 1] = pts[i * 3 + 1];
                }
                double sp = reach(position, near);
                MeshBoolean.Solid prism = MeshBoolean.prism(position, ring, -sp, sp);
                return booleans.apply(MeshBoolean.Operation.INTERSECTION, prism, half);
            }
            return half;
        }
        ShapeBuilder tmp = new ShapeBuilder();
        emit(id, t, colour, tmp, depth + 1);
        Shape shape = tmp.build();
        Transform back = tmp.originTransform();
        List<MeshBoolean.Solid> parts = new ArrayList<>();
        for (Shape.Primitive p : shape.primitives()) {
            parts.add(MeshBoolean.solid(p.mesh(), back));
        }
        return MeshBoolean.concat(parts);
    }

    /** A half-extent from {@code frame}'s origin that covers box {@code b} with room to spare. */
    private static double reach(Transform frame, double[] b) {
        double cx = (b[0] + b[3]) / 2 - frame.get(0, 3);
        double cy = (b[1] + b[4]) / 2 - frame.get(1, 3);
        double cz = (b[2] + b[5]) / 2 - frame.get(2, 3);
        double dx = b[3] - b[0], dy = b[4] - b[1], dz = b[5] - b[2];
        return 2 * (Math.sqrt(cx * cx + cy * cy + cz * cz) + Math.sqrt(dx * dx + dy * dy + dz * dz)) + 1;
    }

    /**
     * IfcAdvancedFace list: planar faces from their edge loops (lines, arcs, B-splines along the edges), B-spline
     * surfaces tessellated over their whole parameter range (trims not applied yet, noted).
     */
    private void advancedFaces(int[] faceIds, MeshBuilder b) {
        List<double[]> holes = new ArrayList<>();
        for (int f : faceIds) {
            StepEntity face = cx.entity(f);
            int surface = face.ref(1);
            String surfaceCls = cx.cls(surface);
            boolean sameSense = !"F".equals(face.enumValue(2));
            if (surfaceCls.equals("IfcBSplineSurfaceWithKnots") || surfaceCls.equals("IfcRationalBSplineSurfaceWithKnots")) {
                int vm = b.vertexCount();
                int im = b.indexCount();
                bsplineSurface(cx.entity(surface), surfaceCls.startsWith("IfcRational"), b);
                if (!sameSense) {
                    b.flipSince(vm, im);
                }
                cx.note("B-spline faces tessellated untrimmed");
                continue;
            }
            if (!surfaceCls.equals("IfcPlane")) {
                throw cx.fail(f, "advanced face on " + surfaceCls + " not supported");
            }
            double[] outer = null;
            holes.clear();
            for (int bound : face.refs(0)) {
                StepEntity be = cx.entity(bound);
                double[] ring = edgeLoop(be.ref(0));
                if ("F".equals(be.enumValue(1))) {
                    ring = CurveMapper.reversed(ring);
                }
                if (outer == null && cx.cls(bound).equals("IfcFaceOuterBound")) {
                    outer = ring;
                } else {
                    holes.add(ring);
                }
            }
            if (outer == null) {
                if (holes.isEmpty()) {
                    continue;
                }
                outer = holes.remove(0);
            }
            int vm = b.vertexCount();
            int im = b.indexCount();
            b.planarFace(outer, holes);
            if (!sameSense) {
                b.flipSince(vm, im);
            }
        }
    }

    private double[] edgeLoop(int loop) {
        StepEntity l = cx.entity(loop);
        if (cx.cls(loop).equals("IfcPolyLoop")) {
            return loopPoints(l.refs(0));
        }
        CurveMapper.PointList out = new CurveMapper.PointList();
        for (int oe : l.refs(0)) {
            StepEntity oriented = cx.entity(oe);
            StepEntity edge = cx.entity(oriented.ref(2));
            double[] start = vertex(edge.ref(0));
            double[] end = vertex(edge.ref(1));
            boolean edgeSense = !"F".equals(edge.enumValue(3));
            double[] pts = curves.edgePoints(edge.ref(2), start, end, edgeSense);
            if (!"F".equals(oriented.enumValue(3))) {
                out.addAll(pts);
            } else {
                out.addAll(CurveMapper.reversed(pts));
            }
        }
        double[] ring = out.toArray();
        int n = ring.length / 3;
        if (n > 1 && Math.abs(ring[0] - ring[(n - 1) * 3]) < 1e-9 && Math.abs(ring[1] - ring[(n - 1) * 3 + 1]) < 1e-9
                && Math.abs(ring[2] - ring[(n - 1) * 3 + 2]) < 1e-9) {
            ring = java.util.Arrays.copyOf(ring, (n - 1) * 3);
        }
        return ring;
    }

    private double[] vertex(int vertexPoint) {
        return placements.point(cx.entity(vertexPoint).ref(0));
    }

    private void bsplineSurface(StepEntity e, boolean rational, MeshBuilder b) {
        int degreeU = (int) e.integer(0);
        int degreeV = (int) e.integer(1);
        List<StepValue> rows = StepValues.list(e.attribute(2));
        double[][] ctrl = new double[rows.size()][];
        for (int i = 0; i < ctrl.length; i++) {
            List<StepValue> row = StepValues.list(rows.get(i));
            ctrl[i] = new double[row.size() * 3];
            for (int j = 0; j < row.size(); j++) {
                System.arraycopy(placements.point(((StepValue.Ref) row.get(j)).id()), 0, ctrl[i], j * 3, 3);
            }
        }
        double[] knotsU = BSpline.expandKnots(StepValues.numbers(e.attribute(9)), StepValues.ints(e.attribute(7)));
        double[] knotsV = BSpline.expandKnots(StepValues.numbers(e.attribute(10)), StepValues.ints(e.attribute(8)));
        if (ctrl.length == 0 || knotsU.length != ctrl.length + degreeU + 1
                || knotsV.length != ctrl[0].length / 3 + degreeV + 1) {
            throw cx.fail(e.id(), "knot vectors do not match the control net");
        }
        double[][] weights = null;
        if (rational) {
            List<StepValue> wr = StepValues.list(e.attribute(12));
            weights = new double[wr.size()][];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = StepValues.numbers(wr.get(i));
            }
        }
        BSpline.surface(ctrl, weights, degreeU, degreeV, knotsU, knotsV, b);
    }

    /** IfcFace list: outer bound plus inner bounds, each a poly loop, reversed when its orientation is false. */
    private void faces(int[] faceIds, MeshBuilder b) {
        List<double[]> holes = new ArrayList<>();
        for (int f : faceIds) {
            StepEntity face = cx.entity(f);
            int[] bounds = face.refs(0);
            double[] outer = null;
            holes.clear();
            for (int bound : bounds) {
                StepEntity be = cx.entity(bound);
                int loop = be.ref(0);
                if (!cx.cls(loop).equals("IfcPolyLoop")) {
                    cx.note("face bound " + cx.cls(loop) + " skipped");
                    continue;
                }
                double[] ring = loopPoints(cx.entity(loop).refs(0));
                if ("F".equals(be.enumValue(1))) {
                    ring = CurveMapper.reversed(ring);
                }
                if (outer == null && cx.cls(bound).equals("IfcFaceOuterBound")) {
                    outer = ring;
                } else {
                    holes.add(ring);
                }
            }
            if (outer == null) {
                if (holes.isEmpty()) {
                    continue;
                }
                outer = holes.remove(0);
            }
            b.planarFace(outer, holes);
        }
    }

    private double[] loopPoints(int[] pts) {
        double[] out = new double[pts.length * 3];
        for (int i = 0; i < pts.length; i++) {
            System.arraycopy(placements.point(pts[i]), 0, out, i * 3, 3);
        }
        return out;
    }

    private double[] coordinates(int pointList) {
        StepEntity list = cx.entity(pointList);
        double[] c = StepValues.flatNumbers(list.attribute(0), 3);
        double s = cx.units.toMetres();
        if (s != 1) {
            for (int i = 0; i < c.length; i++) {
                c[i] *= s;
            }
        }
        return c;
    }

    private void triangulatedFaceSet(StepEntity e, MeshBuilder b) {
        double[] c = coordinates(e.ref(0));
        int n = c.length / 3;
        int[][] tris = StepValues.intRows(e.attribute(cx.attr(e.id(), "CoordIndex")));
        int pn = cx.attr(e.id(), "PnIndex");
        int[] map = pn >= 0 && pn < e.attributeCount() && !e.isNull(pn) ? StepValues.ints(e.attribute(pn)) : null;
        for (int[] t : tris) {
            if (t.length < 3) {
                continue;
            }
            int a = vertexIndex(t[0], map, n, e);
            int bb = vertexIndex(t[1], map, n, e);
            int d = vertexIndex(t[2], map, n, e);
            b.triangle(c[a * 3], c[a * 3 + 1], c[a * 3 + 2], c[bb * 3], c[bb * 3 + 1], c[bb * 3 + 2],
                c[d * 3], c[d * 3 + 1], c[d * 3 + 2]);
        }
    }

    private void polygonalFaceSet(StepEntity e, MeshBuilder b) {
        double[] c = coordinates(e.ref(0));
        int n = c.length / 3;
        int pn = cx.attr(e.id(), "PnIndex");
        int[] map = pn >= 0 && pn < e.attributeCount() && !e.isNull(pn) ? StepValues.ints(e.attribute(pn)) : null;
        List<double[]> holes = new ArrayList<>();
        for (int f : e.refs(cx.attr(e.id(), "Faces"))) {
            StepEntity face = cx.entity(f);
            double[] outer = ring(StepValues.ints(face.attribute(0)), c, map, n, e);
            holes.clear();
            if (face.attributeCount() > 1) {
                for (StepValue inner : StepValues.list(face.attribute(1))) {
                    holes.add(ring(StepValues.ints(inner), c, map, n, e));
                }
            }
            b.planarFace(outer, holes);
        }
    }

    private double[] ring(int[] idx, double[] c, int[] map, int n, StepEntity e) {
        double[] r = new double[idx.length * 3];
        for (int i = 0; i < idx.length; i++) {
            int v = vertexIndex(idx[i], map, n, e);
            System.arraycopy(c, v * 3, r, i * 3, 3);
        }
        return r;
    }

    private int vertexIndex(int oneBased, int[] map, int n, StepEntity e) {
        int i = oneBased - 1;
        if (map != null) {
            if (i < 0 || i >= map.length) {
                throw cx.fail(e.id(), "index " + oneBased + " outside PnIndex of " + map.length);
            }
            i = map[i] - 1;
        }
        if (i < 0 || i >= n) {
            throw cx.fail(e.id(), "coordinate index " + (i + 1) + " outside 1.." + n);
        }
        return i;
    }
}
