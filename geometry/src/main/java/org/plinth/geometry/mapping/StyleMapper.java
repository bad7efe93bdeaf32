package org.plinth.geometry.mapping;

import java.util.HashMap;
import java.util.Map;
import org.plinth.geometry.mesh.Colour;
import org.plinth.step.StepEntity;

/**
 * Colours: styled representation items (IfcStyledItem → surface style → shading/rendering colour and
 * transparency), materials (IfcMaterialDefinitionRepresentation) reached from a product or its type through
 * IfcRelAssociatesMaterial, and a default colour per IFC class.
 */
final class StyleMapper {

    private final MappingContext cx;
    private final Map<Integer, Colour> itemColours = new HashMap<>();
    private final Map<Integer, Colour> materialColours = new HashMap<>();
    private final Map<Integer, Integer> materialOfObject = new HashMap<>();
    private final Map<Integer, Integer> typeOfObject = new HashMap<>();

    StyleMapper(MappingContext cx) {
        this.cx = cx;
        for (int id : cx.model.instancesOf("IfcStyledItem")) {
            try {
                StepEntity e = cx.model.entity(id);
                int item = StepValues.refOr0(e, 0);
                Colour c = colourOfStyles(e.refs(1));
                if (item != 0 && c != null) {
                    itemColours.putIfAbsent(item, c);
                }
            } catch (RuntimeException ignored) {
                // a broken style only costs its colour
            }
        }
        for (int id : cx.model.instancesOf("IfcMaterialDefinitionRepresentation")) {
            try {
                StepEntity e = cx.model.entity(id);
                Colour c = null;
                for (int rep : e.refs(2)) {
                    for (int item : cx.entity(rep).refs(3)) {
                        if (cx.cls(item).equals("IfcStyledItem")) {
                            c = colourOfStyles(cx.entity(item).refs(1));
                        }
                        if (c != null) {
                            break;
                        }
                    }
                }
                if (c != null) {
                    materialColours.put(e.ref(3), c);
                }
            } catch (RuntimeException ignored) {
                // as above
            }
        }
        for (int id : cx.model.instancesOf("IfcRelAssociatesMaterial")) {
            try {
                StepEntity e = cx.model.entity(id);
                int material = firstMaterial(e.ref(5), 0);
                if (material != 0) {
                    for (int o : e.refs(4)) {
                        materialOfObject.putIfAbsent(o, material);
                    }
                }
            } catch (RuntimeException ignored) {
                // as above
            }
        }
        for (int id : cx.model.instancesOf("IfcRelDefinesByType")) {
            try {
                StepEntity e = cx.model.entity(id);
                for (int o : e.refs(4)) {
                    typeOfObject.putIfAbsent(o, e.ref(5));
                }
            } catch (RuntimeException ignored) {
                // as above
            }
        }
    }

    /** The colour styled onto a representation item, or null. */
    Colour itemColour(int itemId) {
        return itemColours.get(itemId);
    }

    /** The colour of the product's material (its own, else its type's), else its class's default. */
    Colour productColour(int productId, String ifcClass) {
        Integer m = materialOfObject.get(productId);
        if (m == null) {
            Integer type = typeOfObject.get(productId);
            if (type != null) {
                m = materialOfObject.get(type);
            }
        }
        if (m != null) {
            Colour c = materialColours.get(m);
            if (c != null) {
                return c;
            }
        }
        return classColour(ifcClass);
    }

    private int firstMaterial(int id, int depth) {
        if (id == 0 || depth > 6 || !cx.model.contains(id)) {
            return 0;
        }
        StepEntity e = cx.model.entity(id);
        return switch (cx.cls(id)) {
            case "IfcMaterial" -> id;
            case "IfcMaterialLayerSetUsage" -> firstMaterial(e.ref(0), depth + 1);
            case "IfcMaterialLayerSet", "IfcMaterialProfileSet", "IfcMaterialConstituentSet" -> {
                int[] parts = e.refs(cx.cls(id).equals("IfcMaterialLayerSet") ? 0 : 2);
                yield parts.length == 0 ? 0 : firstMaterial(parts[0], depth + 1);
            }
            case "IfcMaterialLayer" -> StepValues.refOr0(e, 0);
            case "IfcMaterialProfile", "IfcMaterialConstituent" -> StepValues.refOr0(e, 2);
            case "IfcMaterialProfileSetUsage" -> firstMaterial(e.ref(0), depth + 1);
            case "IfcMaterialList" -> {
                int[] parts = e.refs(0);
                yield parts.length == 0 ? 0 : parts[0];
            }
            default -> 0;
        };
    }

    private Colour colourOfStyles(int[] styles) {
        for (int s : styles) {
            Colour c = colourOfStyle(s, 0);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private Colour colourOfStyle(int id, int depth) {
        if (depth > 4 || !cx.model.contains(id)) {
            return null;
        }
        StepEntity e = cx.model.entity(id);
        String cls = cx.cls(id);
        if (cls.equals("IfcPresentationStyleAssignment")) {
            return colourOfList(e.refs(0), depth);
        }
        if (cls.equals("IfcSurfaceStyle")) {
            return colourOfList(e.refs(2), depth);
        }
        if (cls.equals("IfcSurfaceStyleShading") || cls.equals("IfcSurfaceStyleRendering")) {
            StepEntity rgb = cx.entity(e.ref(0));
            double transparency = e.attributeCount() > 1 ? StepValues.realOr(e, 1, 0) : 0;
            return new Colour((float) rgb.real(1), (float) rgb.real(2), (float) rgb.real(3),
                (float) Math.max(0, Math.min(1, 1 - transparency)));
        }
        return null;
    }

    private Colour colourOfList(int[] ids, int depth) {
        for (int s : ids) {
            Colour c = colourOfStyle(s, depth + 1);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    private static final Map<String, Colour> PALETTE = Map.ofEntries(
        Map.entry("IfcWall", new Colour(0.85f, 0.84f, 0.80f, 1f)),
        Map.entry("IfcWallStandardCase", new Colour(0.85f, 0.84f, 0.80f, 1f)),
        Map.entry("IfcSlab", new Colour(0.70f, 0.70f, 0.70f, 1f)),
        Map.entry("IfcRoof", new Colour(0.62f, 0.30f, 0.24f, 1f)),
        Map.entry("IfcWindow", new Colour(0.55f, 0.75f, 0.90f, 0.4f)),
        Map.entry("IfcDoor", new Colour(0.60f, 0.45f, 0.30f, 1f)),
        Map.entry("IfcPlate", new Colour(0.55f, 0.75f, 0.90f, 0.4f)),
        Map.entry("IfcBeam", new Colour(0.60f, 0.62f, 0.66f, 1f)),
        Map.entry("IfcColumn", new Colour(0.60f, 0.62f, 0.66f, 1f)),
        Map.entry("IfcMember", new Colour(0.60f, 0.62f, 0.66f, 1f)),
        Map.entry("IfcRailing", new Colour(0.40f, 0.40f, 0.42f, 1f)),
        Map.entry("IfcStair", new Colour(0.75f, 0.75f, 0.70f, 1f)),
        Map.entry("IfcStairFlight", new Colour(0.75f, 0.75f, 0.70f, 1f)),
        Map.entry("IfcSpace", new Colour(0.30f, 0.60f, 0.90f, 0.2f)),
        Map.entry("IfcFurnishingElement", new Colour(0.70f, 0.55f, 0.40f, 1f)),
        Map.entry("IfcSite", new Colour(0.50f, 0.65f, 0.40f, 1f)),
        Map.entry("IfcCovering", new Colour(0.80f, 0.78f, 0.72f, 1f)));

    static Colour classColour(String ifcClass) {
        return PALETTE.getOrDefault(ifcClass, Colour.DEFAULT);
    }
}
