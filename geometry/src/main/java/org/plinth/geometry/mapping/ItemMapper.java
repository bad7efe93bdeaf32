package org.plinth.geometry.mapping;

import java.util.ArrayList;
import java.util.List;
import org.plinth.geometry.mesh.Colour;
import org.plinth.geometry.mesh.Extruder;
import org.plinth.geometry.mesh.MeshBuilder;
import org.plinth.geometry.mesh.Profile;
import org.plinth.geometry.mesh.ShapeBuilder;
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

    ItemMapper(MappingContext cx, PlacementMapper placements, ProfileMapper profiles, StyleMapper styles) {
        this.cx = cx;
        this.placements = placements;
        this.profiles = profiles;
        this.styles = styles;
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
            case "IfcFacetedBrep", "IfcFacetedBrepWithVoids", "IfcClosedShell", "IfcOpenShell" -> {
                MeshBuilder b = out.builder(colour, t);
                if (cls.startsWith("IfcFacetedBrep")) {
                    faces(cx.entity(e.ref(0)).refs(0), b);
                    if (cls.endsWith("WithVoids")) {
                        for (int v : e.refs(1)) {
                            faces(cx.entity(v).refs(0), b);
                        }
                    }
                } else {
                    faces(e.refs(0), b);
                }
            }
            case "IfcShellBasedSurfaceModel", "IfcFaceBasedSurfaceModel" -> {
                MeshBuilder b = out.builder(colour, t);
                for (int shell : e.refs(0)) {
                    faces(cx.entity(shell).refs(0), b);
                }
            }
            case "IfcTriangulatedFaceSet", "IfcTriangulatedIrregularNetwork" -> triangulatedFaceSet(e, out.builder(colour, t));
            case "IfcPolygonalFaceSet" -> polygonalFaceSet(e, out.builder(colour, t));
            case "IfcMappedItem" -> {
                StepEntity map = cx.entity(e.ref(0));
                Transform inner = t.multiply(placements.operator(e.ref(1)))
                    .multiply(placements.axisPlacement(map.ref(0)));
                for (int item : cx.entity(map.ref(1)).refs(3)) {
                    emit(item, inner, colour, out, depth + 1);
                }
            }
            case "IfcBooleanResult", "IfcBooleanClippingResult" -> {
                cx.note(e.enumValue(0).toLowerCase() + " of " + cx.cls(e.ref(2)) + " not applied (first operand only)");
                emit(e.ref(1), t, colour, out, depth + 1);
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
