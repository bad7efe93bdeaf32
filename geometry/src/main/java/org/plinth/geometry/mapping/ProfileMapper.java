package org.plinth.geometry.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plinth.geometry.mesh.Profile;
import org.plinth.geometry.mesh.StandardProfiles;
import org.plinth.geometry.mesh.Transform;
import org.plinth.step.StepEntity;

/**
 * IfcProfileDef subtypes as {@link Profile}s in metres, their Position applied: the parameterised shapes,
 * arbitrary closed profiles (with voids), composite and derived profiles. Cached by id, since a beam type's
 * profile serves every beam. A composite profile gives one profile per part.
 */
final class ProfileMapper {

    private final MappingContext cx;
    private final PlacementMapper placements;
    private final CurveMapper curves;
    private final Map<Integer, List<Profile>> cache = new HashMap<>();

    ProfileMapper(MappingContext cx, PlacementMapper placements, CurveMapper curves) {
        this.cx = cx;
        this.placements = placements;
        this.curves = curves;
    }

    List<Profile> profiles(int id) {
        List<Profile> known = cache.get(id);
        if (known == null) {
            known = map(id, 0);
            cache.put(id, known);
        }
        return known;
    }

    private List<Profile> map(int id, int depth) {
        if (depth > 16) {
            throw cx.fail(id, "profile nesting too deep");
        }
        StepEntity e = cx.entity(id);
        String cls = cx.cls(id);
        switch (cls) {
            case "IfcArbitraryClosedProfileDef" -> {
                return List.of(Profile.of(ring(e.ref(2))));
            }
            case "IfcArbitraryProfileDefWithVoids" -> {
                List<double[]> holes = new ArrayList<>();
                for (int inner : e.refs(3)) {
                    holes.add(ring(inner));
                }
                return List.of(new Profile(ring(e.ref(2)), holes));
            }
            case "IfcCompositeProfileDef" -> {
                List<Profile> all = new ArrayList<>();
                for (int p : e.refs(2)) {
                    all.addAll(map(p, depth + 1));
                }
                return all;
            }
            case "IfcDerivedProfileDef", "IfcMirroredProfileDef" -> {
                Transform op = placements.operator(e.ref(3));
                List<Profile> out = new ArrayList<>();
                for (Profile p : map(e.ref(2), depth + 1)) {
                    out.add(apply(p, op));
                }
                return out;
            }
            case "IfcArbitraryOpenProfileDef", "IfcCenterLineProfileDef" ->
                throw cx.fail(id, "open profiles are not meshed as solids");
            default -> {
                Profile p = parameterised(e, cls);
                int position = StepValues.refOr0(e, 2);
                return List.of(position == 0 ? p : apply(p, placements.axisPlacement(position)));
            }
        }
    }

    private Profile parameterised(StepEntity e, String cls) {
        var s = cx.settings;
        return switch (cls) {
            case "IfcRectangleProfileDef" -> StandardProfiles.rectangle(cx.length(e, 3), cx.length(e, 4));
            case "IfcRectangleHollowProfileDef" ->
                StandardProfiles.hollowRectangle(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5));
            case "IfcRoundedRectangleProfileDef" ->
                StandardProfiles.roundedRectangle(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5), s);
            case "IfcCircleProfileDef" -> StandardProfiles.circle(cx.length(e, 3), s);
            case "IfcCircleHollowProfileDef" -> StandardProfiles.hollowCircle(cx.length(e, 3), cx.length(e, 4), s);
            case "IfcEllipseProfileDef" -> StandardProfiles.ellipse(cx.length(e, 3), cx.length(e, 4), s);
            case "IfcIShapeProfileDef" -> StandardProfiles.iShape(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5),
                cx.length(e, 6), optLength(e, 7), optLength(e, 8), s);
            case "IfcLShapeProfileDef" -> {
                double depth = cx.length(e, 3);
                yield StandardProfiles.lShape(depth, cx.lengthOr(e, 4, depth), cx.length(e, 5), optLength(e, 6),
                    optLength(e, 7), s);
            }
            case "IfcTShapeProfileDef" -> StandardProfiles.tShape(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5),
                cx.length(e, 6), optLength(e, 7), optLength(e, 8), optLength(e, 9), s);
            case "IfcUShapeProfileDef" -> StandardProfiles.uShape(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5),
                cx.length(e, 6), optLength(e, 7), optLength(e, 8), s);
            case "IfcCShapeProfileDef" -> StandardProfiles.cShape(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5),
                cx.lengthOr(e, 6, 0), optLength(e, 7), s);
            case "IfcZShapeProfileDef" -> StandardProfiles.zShape(cx.length(e, 3), cx.length(e, 4), cx.length(e, 5),
                cx.length(e, 6), optLength(e, 7), optLength(e, 8), s);
            case "IfcTrapeziumProfileDef" -> {
                double bottom = cx.length(e, 3);
                double top = cx.length(e, 4);
                double h = cx.length(e, 5);
                double offset = cx.length(e, 6);
                double b = bottom / 2;
                double y = h / 2;
                yield Profile.of(new double[] {-b, -y, b, -y, -b + offset + top, y, -b + offset, y});
            }
            default -> throw cx.fail(e.id(), "unsupported profile");
        };
    }

    /** An optional length (radius) in metres; 0 when absent or not a number. */
    private double optLength(StepEntity e, int i) {
        if (i >= e.attributeCount() || e.isNull(i)) {
            return 0;
        }
        try {
            return cx.length(e, i);
        } catch (RuntimeException notANumber) {
            return 0;
        }
    }

    /** A closed curve as a 2D ring (x,y). */
    private double[] ring(int curve) {
        double[] p = curves.points(curve);
        int n = p.length / 3;
        double[] r = new double[n * 2];
        for (int i = 0; i < n; i++) {
            r[i * 2] = p[i * 3];
            r[i * 2 + 1] = p[i * 3 + 1];
        }
        return r;
    }

    private static Profile apply(Profile p, Transform t) {
        return p.transformed(t.get(0, 0), t.get(0, 1), t.get(0, 3), t.get(1, 0), t.get(1, 1), t.get(1, 3));
    }
}
