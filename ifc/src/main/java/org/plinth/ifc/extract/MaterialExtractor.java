package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.List;
import org.plinth.step.StepValue;

/**
 * Materials of an element from what IfcRelAssociatesMaterial points at: a single IfcMaterial,
 * an IfcMaterialList, layer sets (and their usages) with thicknesses, profile sets (and usages),
 * constituent sets, or a single layer, profile or constituent. Each material select is decoded
 * once and shared by every element associated with it.
 */
final class MaterialExtractor {

    private final ExtractionContext ctx;
    private final PropertySetExtractor propertySets;
    private final int material;
    private final int materialList;
    private final int layerSetUsage;
    private final int layerSet;
    private final int layer;
    private final int profileSetUsage;
    private final int profileSet;
    private final int profile;
    private final int constituentSet;
    private final int constituent;
    private final int materialDescription;
    private final int materialCategory;
    private final int layerName;
    private final int layerCategory;
    private final int profileName;
    private final int profileMaterial;
    private final int profileCategory;
    private final int profileSetName;
    private final int profileSetProfiles;
    private final int constituentSetName;
    private final int constituentSetConstituents;
    private final IntObjectMap<List<MaterialListComponent>> cache = new IntObjectMap<>();
    private final IntObjectMap<Material> materials = new IntObjectMap<>();
    private final IntMultiMap.Builder materialPropertiesBuilder;
    private final IntMultiMap materialProperties;

    MaterialExtractor(ExtractionContext ctx, PropertySetExtractor propertySets) {
        this.ctx = ctx;
        this.propertySets = propertySets;
        material = ctx.code("IfcMaterial");
        materialList = ctx.code("IfcMaterialList");
        layerSetUsage = ctx.code("IfcMaterialLayerSetUsage");
        layerSet = ctx.code("IfcMaterialLayerSet");
        layer = ctx.code("IfcMaterialLayer");
        profileSetUsage = ctx.code("IfcMaterialProfileSetUsage");
        profileSet = ctx.code("IfcMaterialProfileSet");
        profile = ctx.code("IfcMaterialProfile");
        constituentSet = ctx.code("IfcMaterialConstituentSet");
        constituent = ctx.code("IfcMaterialConstituent");
        materialDescription = ctx.index("IfcMaterial", "Description");
        materialCategory = ctx.index("IfcMaterial", "Category");
        layerName = ctx.index("IfcMaterialLayer", "Name");
        layerCategory = ctx.index("IfcMaterialLayer", "Category");
        profileName = ctx.index("IfcMaterialProfile", "Name");
        profileMaterial = ctx.index("IfcMaterialProfile", "Material");
        profileCategory = ctx.index("IfcMaterialProfile", "Category");
        profileSetName = ctx.index("IfcMaterialProfileSet", "Name");
        profileSetProfiles = ctx.index("IfcMaterialProfileSet", "MaterialProfiles");
        constituentSetName = ctx.index("IfcMaterialConstituentSet", "Name");
        constituentSetConstituents = ctx.index("IfcMaterialConstituentSet", "MaterialConstituents");
        // IFC4 IfcMaterialProperties(Name, Description, Properties, Material): property sets of a material
        materialPropertiesBuilder = new IntMultiMap.Builder(ctx.model.size());
        int materialPropertiesCode = ctx.code("IfcMaterialProperties");
        int ofMaterial = ctx.index("IfcMaterialProperties", "Material");
        int properties = ctx.index("IfcMaterialProperties", "Properties");
        if (ofMaterial >= 0 && properties >= 0) {
            for (int id : ctx.model.instancesOf(materialPropertiesCode)) {
                materialPropertiesBuilder.add(ctx.model.position(ExtractionContext.ref(ctx.attributes(id), ofMaterial)), id);
            }
        }
        materialProperties = materialPropertiesBuilder.build();
    }

    /** Components for the material selects associated with one object (usually one select). */
    List<MaterialListComponent> components(int[] selects) {
        if (selects.length == 0) {
            return List.of();
        }
        if (selects.length == 1) {
            return components(selects[0]);
        }
        List<MaterialListComponent> all = new ArrayList<>();
        for (int s : selects) {
            all.addAll(components(s));
        }
        return List.copyOf(all);
    }

    private List<MaterialListComponent> components(int select) {
        List<MaterialListComponent> cached = cache.get(select);
        if (cached == null) {
            List<MaterialListComponent> out = new ArrayList<>();
            decode(select, out);
            cached = List.copyOf(out);
            cache.put(select, cached);
        }
        return cached;
    }

    private void decode(int id, List<MaterialListComponent> out) {
        if (!ctx.model.contains(id)) {
            ctx.warn(0, "material association refers to missing entity #" + id);
            return;
        }
        int code = ctx.model.schemaCode(id);
        List<StepValue> a = ctx.attributes(id);
        if (ctx.schema.isSubtypeOf(code, material)) {
            out.add(new MaterialListComponent(material(id), new MaterialOption(null, "single", null, null, null, null)));
        } else if (ctx.schema.isSubtypeOf(code, materialList)) {
            for (int m : ExtractionContext.refs(a, 0)) {
                out.add(new MaterialListComponent(material(m), new MaterialOption(null, "list", null, null, null, null)));
            }
        } else if (ctx.schema.isSubtypeOf(code, layerSetUsage)) {
            decode(ExtractionContext.ref(a, 0), out);
        } else if (ctx.schema.isSubtypeOf(code, layerSet)) {
            String setName = ExtractionContext.string(a, 1);
            for (int l : ExtractionContext.refs(a, 0)) {
                layer(l, setName, out);
            }
        } else if (ctx.schema.isSubtypeOf(code, layer)) {
            layer(id, null, out);
        } else if (ctx.schema.isSubtypeOf(code, profileSetUsage)) {
            decode(ExtractionContext.ref(a, 0), out);
        } else if (ctx.schema.isSubtypeOf(code, profileSet)) {
            String setName = ExtractionContext.string(a, profileSetName);
            for (int p : ExtractionContext.refs(a, profileSetProfiles)) {
                profile(p, setName, out);
            }
        } else if (ctx.schema.isSubtypeOf(code, profile)) {
            profile(id, null, out);
        } else if (ctx.schema.isSubtypeOf(code, constituentSet)) {
            String setName = ExtractionContext.string(a, constituentSetName);
            for (int c : ExtractionContext.refs(a, constituentSetConstituents)) {
                constituent(c, setName, out);
            }
        } else if (ctx.schema.isSubtypeOf(code, constituent)) {
            constituent(id, null, out);
        } else {
            ctx.warn(id, "is associated as a material but is not a material definition");
        }
    }

    private void layer(int id, String setName, List<MaterialListComponent> out) {
        if (!ctx.isA(id, layer)) {
            return;
        }
        List<StepValue> a = ctx.attributes(id);
        out.add(new MaterialListComponent(material(ExtractionContext.ref(a, 0)), new MaterialOption(
                ExtractionContext.number(a, 1), "layer", ExtractionContext.string(a, layerName), setName, null,
                ExtractionContext.string(a, layerCategory))));
    }

    private void profile(int id, String setName, List<MaterialListComponent> out) {
        if (!ctx.isA(id, profile)) {
            return;
        }
        List<StepValue> a = ctx.attributes(id);
        out.add(new MaterialListComponent(material(ExtractionContext.ref(a, profileMaterial)), new MaterialOption(
                null, "profile", ExtractionContext.string(a, profileName), setName, null,
                ExtractionContext.string(a, profileCategory))));
    }

    private void constituent(int id, String setName, List<MaterialListComponent> out) {
        if (!ctx.isA(id, constituent)) {
            return;
        }
        // IfcMaterialConstituent(Name, Description, Material, Fraction, Category)
        List<StepValue> a = ctx.attributes(id);
        out.add(new MaterialListComponent(material(ExtractionContext.ref(a, 2)), new MaterialOption(null,
                "constituent", ExtractionContext.string(a, 0), setName, ExtractionContext.number(a, 3),
                ExtractionContext.string(a, 4))));
    }

    /** An IfcMaterial, decoded once; null when the id is not one (a layer may have no material). */
    Material material(int id) {
        if (id <= 0) {
            return null;
        }
        Material cached = materials.get(id);
        if (cached != null) {
            return cached;
        }
        if (!ctx.isA(id, material)) {
            ctx.warn(id, "is used as a material but is not an IfcMaterial");
            return null;
        }
        List<StepValue> a = ctx.attributes(id);
        List<PropertySet> sets = new ArrayList<>();
        for (int p : materialProperties.get(ctx.model.position(id))) {
            List<StepValue> pa = ctx.attributes(p);
            PropertySet wrapped = propertySets.materialProperties(ExtractionContext.string(pa, 0),
                    ExtractionContext.string(pa, 1), ExtractionContext.refs(pa, 2));
            if (wrapped != null) {
                sets.add(wrapped);
            }
        }
        Material m = new Material(ExtractionContext.string(a, 0), ExtractionContext.string(a, materialCategory),
                ExtractionContext.string(a, materialDescription), List.copyOf(sets));
        materials.put(id, m);
        return m;
    }

    /** Every IfcMaterial of the file, in id order. */
    List<Material> allMaterials() {
        List<Material> all = new ArrayList<>();
        for (int id : ctx.model.instancesOf(material)) {
            Material m = material(id);
            if (m != null) {
                all.add(m);
            }
        }
        return all;
    }
}
