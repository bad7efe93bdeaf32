package org.plinth.ifc.extract;

import java.util.ArrayList;

import java.util.List;
import java.util.function.Consumer;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.schema.IfcAttribute;
import org.plinth.step.StepHeader;
import org.plinth.step.StepValue;
import org.plinth.step.StepWarning;

/**
 * Reads the data of an {@link IfcModel} into BIMData-shaped records. The constructor makes one
 * pass over the relationship entities ({@link RelationIndex}) and reads the project units; every
 * other method reads what it needs on demand. Elements can be streamed ({@link #forEachElement})
 * so a model with millions of products never sits in memory as records.
 *
 * <p>Not thread-safe: caches (units, shared property sets, materials, classifications) fill as
 * extraction goes. Use one extractor per thread.
 */
public final class IfcExtractor {

    private final ExtractionContext ctx;
    private final RelationIndex relations;
    private final UnitExtractor units;
    private final PropertySetExtractor propertySets;
    private final ClassificationExtractor classifications;
    private final MaterialExtractor materials;
    private final LayerExtractor layers;
    private final int product;
    private final int typeObject;
    private final int spatial;
    private final int typeHasPropertySets;
    private final int[] tagIndex;
    private final int[] predefinedTypeIndex;
    private final int[] elementTypeIndex;
    private final PropertyDefinition[][] attributeDefinitions;
    private final IntObjectMap<PropertySet> sharedSets = new IntObjectMap<>();
    private final IntObjectMap<TypeFacts> typeFacts = new IntObjectMap<>();

    /** What an element inherits from its type object, decoded once per type. */
    private record TypeFacts(List<PropertySet> propertySets, List<Classification> classifications,
            List<MaterialListComponent> materials) {
    }

    public IfcExtractor(IfcModel model) {
        this.ctx = new ExtractionContext(model);
        this.relations = new RelationIndex(ctx);
        this.units = new UnitExtractor(ctx);
        this.propertySets = new PropertySetExtractor(ctx, units);
        this.classifications = new ClassificationExtractor(ctx);
        this.materials = new MaterialExtractor(ctx, propertySets);
        this.layers = new LayerExtractor(ctx);
        this.product = ctx.code("IfcProduct");
        this.typeObject = ctx.code("IfcTypeObject");
        int spatialElement = ctx.code("IfcSpatialElement");
        this.spatial = spatialElement >= 0 ? spatialElement : ctx.code("IfcSpatialStructureElement");
        this.typeHasPropertySets = ctx.index("IfcTypeObject", "HasPropertySets");
        int n = ctx.schema.entityCount();
        this.tagIndex = new int[n];
        this.predefinedTypeIndex = new int[n];
        this.elementTypeIndex = new int[n];
        for (int code = 0; code < n; code++) {
            tagIndex[code] = ctx.schema.attributeIndex(code, "Tag");
            predefinedTypeIndex[code] = ctx.schema.attributeIndex(code, "PredefinedType");
            elementTypeIndex[code] = ctx.schema.attributeIndex(code, "ElementType");
        }
        this.attributeDefinitions = new PropertyDefinition[n][];
    }

    /** Everything in memory; for large models prefer the streaming methods. */
    public IfcExtraction extractAll() {
        List<Element> elements = new ArrayList<>();
        forEachElement(elements::add);
        List<Element> types = new ArrayList<>();
        forEachType(types::add);
        return new IfcExtraction(header(), units(), structure(), buildings(), storeys(), spaces(),
                List.copyOf(elements), List.copyOf(types), systems(), groups(), zones(), layers(), materials(),
                georeference(), warnings());
    }

    public ModelHeader header() {
        StepHeader h = ctx.model.header();
        String application = h.originatingSystem();
        int[] applications = ctx.model.instancesOf("IfcApplication");
        if (applications.length > 0) {
            // IfcApplication(ApplicationDeveloper, Version, ApplicationFullName, ApplicationIdentifier)
            List<StepValue> a = ctx.attributes(applications[0]);
            String fullName = ExtractionContext.string(a, 2);
            String version = ExtractionContext.string(a, 1);
            if (fullName != null && !fullName.isBlank()) {
                application = version == null || version.isBlank() ? fullName : fullName + " " + version;
            }
        }
        String projectName = null;
        String projectUuid = null;
        int[] projects = ctx.model.instancesOf("IfcProject");
        if (projects.length > 0) {
            List<StepValue> p = ctx.attributes(projects[0]);
            projectUuid = ExtractionContext.string(p, 0);
            projectName = ExtractionContext.string(p, 2);
        }
        return new ModelHeader(ctx.schema.name(), h.schemas().isEmpty() ? "" : h.schemas().get(0), application,
                h.originatingSystem(), h.preprocessorVersion(), h.timeStamp(), h.name(), h.author(),
                h.organization(), h.description(), projectName, projectUuid);
    }

    /** Project units first ({@code is_default}), then the file's other units. */
    public List<Unit> units() {
        return units.allUnits();
    }

    public List<SpatialNode> structure() {
        return new SpatialTreeExtractor(ctx, relations, units).structure();
    }

    public List<Building> buildings() {
        return new SpatialTreeExtractor(ctx, relations, units).buildings();
    }

    public List<Storey> storeys() {
        return new SpatialTreeExtractor(ctx, relations, units).storeys();
    }

    public List<Space> spaces() {
        return new SpatialTreeExtractor(ctx, relations, units).spaces();
    }

    public List<ElementGroup> systems() {
        return new GroupExtractor(ctx, relations).systems();
    }

    public List<ElementGroup> groups() {
        return new GroupExtractor(ctx, relations).groups();
    }

    public List<Zone> zones() {
        return new GroupExtractor(ctx, relations).zones();
    }

    /** Layers with their products; the products are known once {@link #forEachElement} has run. */
    public List<Layer> layers() {
        return layers.layers();
    }

    public List<Material> materials() {
        return materials.allMaterials();
    }

    public Georeference georeference() {
        return GeoreferenceExtractor.extract(ctx);
    }

    /** Reader warnings, then extraction problems, each naming the entity. */
    public List<String> warnings() {
        List<String> all = new ArrayList<>();
        for (StepWarning w : ctx.model.step().warnings()) {
            all.add("line " + w.line() + " column " + w.column() + (w.entityId() > 0 ? " #" + w.entityId() : "")
                    + ": " + w.message());
        }
        all.addAll(ctx.warnings());
        return all;
    }

    /** Number of reader warnings plus extraction warnings so far. */
    public int warningCount() {
        return ctx.model.step().warnings().size() + ctx.warningCount();
    }

    /** Every IfcProduct, in id order. */
    public void forEachElement(Consumer<Element> sink) {
        layers.clearMembers();
        for (int id : ctx.model.instancesOf(product)) {
            Element e = element(id, false);
            if (e != null) {
                sink.accept(e);
            }
        }
    }

    /** Every type object (IfcTypeObject and subtypes), in id order. */
    public void forEachType(Consumer<Element> sink) {
        for (int id : ctx.model.instancesOf(typeObject)) {
            Element e = element(id, true);
            if (e != null) {
                sink.accept(e);
            }
        }
    }

    /**
     * One product or type object by entity id.
     *
     * @throws IllegalArgumentException when the id is not a product or type object of this model, or
     *                                  its attributes cannot be decoded
     */
    public Element element(int id) {
        boolean isType = ctx.isA(id, typeObject);
        if (!isType && !ctx.isA(id, product)) {
            throw new IllegalArgumentException("#" + id + " is not an IfcProduct or IfcTypeObject of this model");
        }
        Element e = element(id, isType);
        if (e == null) {
            throw new IllegalArgumentException("#" + id + " cannot be decoded: see warnings()");
        }
        return e;
    }

    /** The element, or null (with a warning) when its attributes cannot be decoded. */
    private Element element(int id, boolean isType) {
        int code = ctx.model.schemaCode(id);
        int position = ctx.model.position(id);
        List<StepValue> a = ctx.attributes(id);
        if (a.isEmpty()) {
            return null;
        }
        String uuid = ExtractionContext.string(a, 0);
        if (uuid == null) {
            ctx.warn(id, "has no GlobalId");
        }
        String tag = ExtractionContext.string(a, tagIndex[code]);
        String predefined = ExtractionContext.enumValue(a, predefinedTypeIndex[code]);
        String objectType = isType ? ExtractionContext.string(a, elementTypeIndex[code])
                : ExtractionContext.string(a, 4);

        List<PropertySet> sets = ownPropertySets(relations.propertySets.get(position), isType
                ? ExtractionContext.refs(a, typeHasPropertySets) : new int[0]);
        List<Classification> classes = classifications.classifications(relations.classifications.get(position));
        List<MaterialListComponent> materialList = materials.components(relations.materials.get(position));

        String containerUuid = null;
        String parentUuid = null;
        String typeUuid = null;
        if (!isType) {
            int parentId = relations.parent[position];
            parentUuid = ctx.uuid(parentId);
            containerUuid = ctx.uuid(container(position, ctx.schema.isSubtypeOf(code, spatial)));
            int type = relations.typeOf[position];
            if (type > 0) {
                typeUuid = ctx.uuid(type);
                TypeFacts facts = typeFacts(type);
                sets = PropertySetExtractor.merge(sets, facts.propertySets());
                if (classes.isEmpty()) {
                    classes = facts.classifications();
                }
                if (materialList.isEmpty()) {
                    materialList = facts.materials();
                }
            }
        }
        List<LayerElement> layerList = isType ? List.of() : layers.layersOf(uuid, a);
        return new Element(uuid, ctx.model.className(id), attributes(code, a), sets, classes, materialList,
                layerList, id, ExtractionContext.string(a, 2), ExtractionContext.string(a, 3), objectType, tag,
                predefined, containerUuid, parentUuid, typeUuid);
    }

    /**
     * The spatial container of an element: its IfcRelContainedInSpatialStructure target, else that of
     * its nearest aggregate ancestor. A spatial element's container is its aggregate parent.
     */
    private int container(int position, boolean isSpatial) {
        if (isSpatial) {
            return relations.parent[position];
        }
        int p = position;
        for (int depth = 0; depth < 32 && p >= 0; depth++) {
            if (relations.container[p] != 0) {
                return relations.container[p];
            }
            int up = relations.parent[p];
            if (up == 0) {
                return 0;
            }
            if (ctx.isA(up, spatial)) {
                return up;
            }
            p = ctx.model.position(up);
        }
        return 0;
    }

    private List<PropertySet> ownPropertySets(int[] related, int[] typeSets) {
        if (related.length == 0 && typeSets.length == 0) {
            return List.of();
        }
        List<PropertySet> out = new ArrayList<>(related.length + typeSets.length);
        for (int id : typeSets) {
            addSet(id, out, true);
        }
        for (int id : related) {
            addSet(id, out, false);
        }
        return List.copyOf(out);
    }

    private void addSet(int id, List<PropertySet> out, boolean cache) {
        int position = ctx.model.position(id);
        if (position < 0) {
            ctx.warn(0, "property set #" + id + " is missing");
            return;
        }
        boolean shared = cache || relations.sharedPropertySet[position];
        PropertySet set = shared ? sharedSets.get(id) : null;
        if (set == null) {
            set = propertySets.propertySet(id);
            if (set == null) {
                return;
            }
            if (shared) {
                sharedSets.put(id, set);
            }
        }
        out.add(set);
    }

    private TypeFacts typeFacts(int typeId) {
        TypeFacts facts = typeFacts.get(typeId);
        if (facts == null) {
            int position = ctx.model.position(typeId);
            List<StepValue> a = ctx.attributes(typeId);
            List<PropertySet> sets = position < 0 ? List.of() : ownPropertySets(relations.propertySets.get(position),
                    ctx.isA(typeId, typeObject) ? ExtractionContext.refs(a, typeHasPropertySets) : new int[0]);
            facts = new TypeFacts(sets, classifications.classifications(relations.classifications.get(position)),
                    materials.components(relations.materials.get(position)));
            typeFacts.put(typeId, facts);
        }
        return facts;
    }

    /** The entity's own simple-valued attributes (GlobalId, Name, Tag, PredefinedType, ...) as a property set. */
    private PropertySet attributes(int code, List<StepValue> a) {
        PropertyDefinition[] definitions = attributeDefinitions[code];
        if (definitions == null) {
            List<IfcAttribute> declared = ctx.schema.attributes(code);
            definitions = new PropertyDefinition[declared.size()];
            for (int i = 0; i < declared.size(); i++) {
                IfcAttribute attribute = declared.get(i);
                definitions[i] = new PropertyDefinition(attribute.name(), null, "IfcAttribute", attribute.type(),
                        units.defaultFor(attribute.type()));
            }
            attributeDefinitions[code] = definitions;
        }
        List<Property> properties = new ArrayList<>(definitions.length);
        for (int i = 0; i < a.size() && i < definitions.length; i++) {
            StepValue v = a.get(i);
            if (ExtractionContext.isSimple(v)) {
                properties.add(new Property(definitions[i], ExtractionContext.toJava(v)));
            }
        }
        return new PropertySet("Attributes", null, "IfcAttributes", List.copyOf(properties));
    }

    /** The ids of every product, in id order (for callers that only count). */
    public int[] productIds() {
        return ctx.model.instancesOf(product);
    }

}
