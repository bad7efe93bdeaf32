package org.plinth.ifc.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.IfcValues;
import org.plinth.ifc.extract.Classification;
import org.plinth.ifc.schema.IfcSchema;
import org.plinth.step.StepModel;
import org.plinth.step.StepSyntaxException;
import org.plinth.step.StepValue;
import org.plinth.step.StepValueException;
import org.plinth.step.StepWriter;

/**
 * Writes a model back out with edits applied, in the model's own schema. Entities the edits do not
 * touch are copied byte for byte ({@link StepWriter#writeRaw}); touched ones are rewritten under
 * their own id; new entities (property sets, properties, relationships, classification references)
 * get ids above the file's largest and are written at the end.
 *
 * <p>A property set shared with other elements is copied before it is changed, so only the edited
 * element sees the change. Edits that cannot apply (unknown GlobalId, property set, property) are
 * skipped and reported in {@link Result#problems()}.
 */
public final class IfcEditApplier {

    /** What happened: edits skipped (each with its reason) and how many entities were added and removed. */
    public record Result(List<String> problems, int entitiesAdded, int entitiesRemoved, int entitiesRewritten) {
    }

    private final IfcModel model;
    private final IfcSchema schema;
    private final StepModel step;
    private final Map<Integer, List<StepValue>> rewritten = new HashMap<>();
    private final Set<Integer> dropped = new HashSet<>();
    private final Map<Integer, Object[]> added = new LinkedHashMap<>();
    private final List<Integer> relationships = new ArrayList<>();
    private final Map<String, Integer> idByUuid = new HashMap<>();
    /** Property set id → how many IfcRelDefinesByProperties of the source name it, for the sets edits touch. */
    private final Map<Integer, Integer> sourceRelationsDefining = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private int nextId;

    private final int definesByProperties;
    private final int associatesClassification;
    private final int propertySet;
    private final int elementQuantity;
    private final int singleValue;
    private final int simpleQuantity;
    private final int classificationReference;
    private final int classification;

    private IfcEditApplier(IfcModel model) {
        this.model = model;
        this.schema = model.schema();
        this.step = model.step();
        this.definesByProperties = schema.entityCode("IfcRelDefinesByProperties");
        this.associatesClassification = schema.entityCode("IfcRelAssociatesClassification");
        this.propertySet = schema.entityCode("IfcPropertySet");
        this.elementQuantity = schema.entityCode("IfcElementQuantity");
        this.singleValue = schema.entityCode("IfcPropertySingleValue");
        this.simpleQuantity = schema.entityCode("IfcPhysicalSimpleQuantity");
        this.classificationReference = schema.entityCode("IfcClassificationReference");
        this.classification = schema.entityCode("IfcClassification");
        int max = 0;
        for (int id : step.ids()) {
            max = Math.max(max, id);
        }
        this.nextId = max + 1;
    }

    /** Applies the edits to {@code model} and writes the result to {@code out} (left open). */
    public static Result write(IfcModel model, List<? extends IfcEdit> edits, OutputStream out) throws IOException {
        IfcEditApplier applier = new IfcEditApplier(model);
        applier.index(edits);
        for (IfcEdit edit : edits) {
            applier.apply(edit);
        }
        return applier.writeTo(out);
    }

    /** GlobalId → id for the edited elements, and the relationships that mention any of them. */
    private void index(List<? extends IfcEdit> edits) {
        Set<String> wanted = new HashSet<>();
        for (IfcEdit e : edits) {
            wanted.add(e.uuid());
        }
        Set<Integer> ids = new HashSet<>();
        for (int id : model.instancesOf("IfcRoot")) {
            List<StepValue> root = readable(id);
            StepValue v = root.isEmpty() ? StepValue.Null.INSTANCE : root.get(0);
            if (v instanceof StepValue.Str s && wanted.contains(s.value())) {
                idByUuid.put(s.value(), id);
                ids.add(id);
            }
        }
        // (rel, set) pairs of every IfcRelDefinesByProperties, to count later how many name a touched set
        int[] definingRel = new int[64];
        int[] definedSet = new int[64];
        int pairs = 0;
        for (int rel : model.instancesOf("IfcRelationship")) {
            List<StepValue> a = readable(rel);
            if (mentionsAny(a, ids)) {
                relationships.add(rel);
            }
            if (model.isA(rel, definesByProperties) && a.size() > 5) {
                for (int set : refs(a.get(5))) {
                    if (pairs == definingRel.length) {
                        definingRel = java.util.Arrays.copyOf(definingRel, pairs * 2);
                        definedSet = java.util.Arrays.copyOf(definedSet, pairs * 2);
                    }
                    definingRel[pairs] = rel;
                    definedSet[pairs++] = set;
                }
            }
        }
        for (int rel : relationships) {
            List<StepValue> a = current(rel);
            if (model.isA(rel, definesByProperties) && a.size() > 5) {
                for (int set : refs(a.get(5))) {
                    sourceRelationsDefining.put(set, 0);
                }
            }
        }
        for (int i = 0; i < pairs; i++) {
            sourceRelationsDefining.computeIfPresent(definedSet[i], (k, v) -> v + 1);
        }
    }

    private static boolean mentionsAny(List<StepValue> values, Set<Integer> ids) {
        for (StepValue v : values) {
            if (v instanceof StepValue.Ref r && ids.contains(r.id())) {
                return true;
            }
            if (v instanceof StepValue.ListValue l && mentionsAny(l.values(), ids)) {
                return true;
            }
        }
        return false;
    }

    /** Attributes of an entity of the source, empty when they cannot be decoded (it is then copied raw). */
    private List<StepValue> readable(int id) {
        try {
            return step.entity(id).attributes();
        } catch (StepSyntaxException | StepValueException e) {
            return List.of();
        }
    }

    private void apply(IfcEdit edit) {
        try {
            applyOrThrow(edit);
        } catch (StepSyntaxException | StepValueException | IndexOutOfBoundsException e) {
            // an entity the edit needs is unreadable or lacks attributes: the edit is skipped, the file stays valid
            problems.add(describe(edit) + ": not applied, the file is broken around it: " + e.getMessage());
        }
    }

    private void applyOrThrow(IfcEdit edit) {
        Integer id = idByUuid.get(edit.uuid());
        if (id == null || dropped.contains(id)) {
            problems.add(describe(edit) + ": no element with GlobalId " + edit.uuid());
            return;
        }
        if (edit instanceof IfcEdit.Rename r) {
            attributes(id).set(2, r.name() == null ? StepValue.Null.INSTANCE : new StepValue.Str(r.name()));
        } else if (edit instanceof IfcEdit.SetProperty s) {
            setProperty(id, s);
        } else if (edit instanceof IfcEdit.RemoveProperty r) {
            removeProperty(id, r);
        } else if (edit instanceof IfcEdit.RemovePropertySet r) {
            int[] found = findSet(id, r.propertySet());
            if (found == null) {
                problems.add(describe(edit) + ": the element has no property set " + r.propertySet());
            } else {
                detach(found[0], id);
            }
        } else if (edit instanceof IfcEdit.AddClassification a) {
            addClassification(id, a.classification());
        } else if (edit instanceof IfcEdit.RemoveClassification r) {
            removeClassification(id, r);
        } else if (edit instanceof IfcEdit.DeleteElement) {
            delete(id);
        }
    }

    // ---- property sets ------------------------------------------------------------------------------

    /** {rel, set} of the element's own set with that name, or null. */
    private int[] findSet(int element, String name) {
        for (int rel : relationships) {
            if (dropped.contains(rel) || !isA(rel, definesByProperties)) {
                continue;
            }
            List<StepValue> a = current(rel);
            if (!contains(at(a, 4), element)) {
                continue;
            }
            for (int set : refs(at(a, 5))) {
                if (name.equals(string(at(current(set), 2)))) {
                    return new int[] {rel, set};
                }
            }
        }
        return null;
    }

    /** The element's own set of that name, copied first when other elements share it; null when it has none. */
    private Integer ownSet(int element, String name) {
        int[] found = findSet(element, name);
        if (found == null) {
            return null;
        }
        int rel = found[0];
        int set = found[1];
        if (refs(at(current(rel), 4)).length == 1 && refs(at(current(rel), 5)).length == 1
                && relationsDefining(set) == 1) {
            return set;
        }
        List<StepValue> copy = new ArrayList<>(current(set));
        copy.set(0, new StepValue.Str(IfcGuid.random()));
        int newSet = add(step.typeName(set), copy);
        detach(rel, element);
        addRelation(element, "IFCRELDEFINESBYPROPERTIES", newSet);
        return newSet;
    }

    /**
     * How many relationships name the set now: the source's count, less the ones edits dropped, plus the
     * ones edits added (edits only ever drop or add relationships that mention an edited element).
     */
    private int relationsDefining(int set) {
        int count = sourceRelationsDefining.getOrDefault(set, 0);
        for (int rel : relationships) {
            if (!isA(rel, definesByProperties) || !contains(at(current(rel), 5), set)) {
                continue;
            }
            boolean isNew = added.containsKey(rel);
            if (dropped.contains(rel) && !isNew) {
                count--;
            } else if (!dropped.contains(rel) && isNew) {
                count++;
            }
        }
        return count;
    }

    private void setProperty(int element, IfcEdit.SetProperty edit) {
        Integer set = ownSet(element, edit.propertySet());
        if (set == null) {
            int property = add("IFCPROPERTYSINGLEVALUE", List.of(new StepValue.Str(edit.property()),
                    StepValue.Null.INSTANCE, typed(edit.value(), edit.valueType(), null), StepValue.Null.INSTANCE));
            List<StepValue> a = new ArrayList<>();
            a.add(new StepValue.Str(IfcGuid.random()));
            a.add(ownerHistory(element));
            a.add(new StepValue.Str(edit.propertySet()));
            a.add(StepValue.Null.INSTANCE);
            a.add(new StepValue.ListValue(List.of(new StepValue.Ref(property))));
            int newSet = add("IFCPROPERTYSET", a);
            addRelation(element, "IFCRELDEFINESBYPROPERTIES", newSet);
            return;
        }
        int listIndex = isA(set, elementQuantity) ? 5 : 4;
        List<StepValue> setAttributes = attributes(set);
        List<StepValue> members = new ArrayList<>(list(setAttributes.get(listIndex)));
        for (int i = 0; i < members.size(); i++) {
            int property = members.get(i) instanceof StepValue.Ref r ? r.id() : 0;
            if (property > 0 && edit.property().equals(string(at(current(property), 0)))) {
                members.set(i, new StepValue.Ref(changedProperty(property, edit)));
                setAttributes.set(listIndex, new StepValue.ListValue(members));
                return;
            }
        }
        if (listIndex == 5) {
            problems.add(describe(edit) + ": cannot add a property to quantity set " + edit.propertySet());
            return;
        }
        int property = add("IFCPROPERTYSINGLEVALUE", List.of(new StepValue.Str(edit.property()), StepValue.Null.INSTANCE,
                typed(edit.value(), edit.valueType(), null), StepValue.Null.INSTANCE));
        members.add(new StepValue.Ref(property));
        setAttributes.set(listIndex, new StepValue.ListValue(members));
    }

    /** A new property entity with the new value (the old one may be shared by other sets, so it stays). */
    private int changedProperty(int property, IfcEdit.SetProperty edit) {
        List<StepValue> old = current(property);
        if (isA(property, singleValue)) {
            List<StepValue> a = new ArrayList<>(old);
            String oldType = at(old, 2) instanceof StepValue.Typed t ? t.typeName() : null;
            a.set(2, typed(edit.value(), edit.valueType(), oldType));
            return add(step.typeName(property), a);
        }
        if (isA(property, simpleQuantity)) {
            List<StepValue> a = new ArrayList<>(old);
            a.set(3, edit.value() instanceof Number n ? new StepValue.Real(n.doubleValue()) : StepValue.Null.INSTANCE);
            return add(step.typeName(property), a);
        }
        // another kind (enumerated, list, ...): the new value replaces it as a single value
        return add("IFCPROPERTYSINGLEVALUE", List.of(new StepValue.Str(edit.property()), at(old, 1),
                typed(edit.value(), edit.valueType(), null), StepValue.Null.INSTANCE));
    }

    private void removeProperty(int element, IfcEdit.RemoveProperty edit) {
        int[] found = findSet(element, edit.propertySet());
        if (found == null) {
            problems.add(describe(edit) + ": the element has no property set " + edit.propertySet());
            return;
        }
        int set = ownSet(element, edit.propertySet());
        int listIndex = isA(set, elementQuantity) ? 5 : 4;
        List<StepValue> setAttributes = attributes(set);
        List<StepValue> members = new ArrayList<>(list(setAttributes.get(listIndex)));
        boolean removed = members.removeIf(v -> v instanceof StepValue.Ref r
                && edit.property().equals(string(at(current(r.id()), 0))));
        if (!removed) {
            problems.add(describe(edit) + ": set " + edit.propertySet() + " has no property " + edit.property());
            return;
        }
        if (members.isEmpty()) {
            // a property set needs at least one property: detach it instead
            int[] own = findSet(element, edit.propertySet());
            detach(own[0], element);
            return;
        }
        setAttributes.set(listIndex, new StepValue.ListValue(members));
    }

    // ---- classifications ----------------------------------------------------------------------------

    private void addClassification(int element, Classification c) {
        int system = 0;
        if (c.name() != null) {
            int nameIndex = schema.attributeIndex(classification, "Name");
            for (int id : model.instancesOf(classification)) {
                if (c.name().equals(string(at(current(id), nameIndex)))) {
                    system = id;
                    break;
                }
            }
            for (Map.Entry<Integer, Object[]> e : added.entrySet()) {
                if (system == 0 && e.getValue()[0].equals("IFCCLASSIFICATION")) {
                    @SuppressWarnings("unchecked")
                    List<StepValue> a = (List<StepValue>) e.getValue()[1];
                    if (c.name().equals(string(a.get(nameIndex)))) {
                        system = e.getKey();
                    }
                }
            }
            if (system == 0) {
                Map<String, StepValue> values = new HashMap<>();
                values.put("Source", new StepValue.Str(c.source() == null ? "" : c.source()));
                values.put("Edition", new StepValue.Str(""));
                values.put("Name", new StepValue.Str(c.name()));
                system = add("IFCCLASSIFICATION", newAttributes(classification, values));
            }
        }
        Map<String, StepValue> values = new HashMap<>();
        StepValue code = c.notation() == null ? StepValue.Null.INSTANCE : new StepValue.Str(c.notation());
        values.put("Identification", code);
        values.put("ItemReference", code);
        values.put("Name", c.title() == null ? StepValue.Null.INSTANCE : new StepValue.Str(c.title()));
        values.put("ReferencedSource", system == 0 ? StepValue.Null.INSTANCE : new StepValue.Ref(system));
        int reference = add("IFCCLASSIFICATIONREFERENCE", newAttributes(classificationReference, values));
        addRelation(element, "IFCRELASSOCIATESCLASSIFICATION", reference);
    }

    private void removeClassification(int element, IfcEdit.RemoveClassification edit) {
        int identification = schema.attributeIndex(classificationReference, "Identification");
        int codeIndex = identification >= 0 ? identification
                : schema.attributeIndex(classificationReference, "ItemReference");
        boolean removed = false;
        for (int rel : new ArrayList<>(relationships)) {
            if (dropped.contains(rel) || !isA(rel, associatesClassification) || !contains(at(current(rel), 4), element)) {
                continue;
            }
            int reference = at(current(rel), 5) instanceof StepValue.Ref r ? r.id() : 0;
            if (reference > 0 && isA(reference, classificationReference)
                    && edit.notation().equals(string(at(current(reference), codeIndex)))) {
                detach(rel, element);
                removed = true;
            }
        }
        if (!removed) {
            problems.add(describe(edit) + ": the element has no classification " + edit.notation());
        }
    }

    // ---- deletion -----------------------------------------------------------------------------------

    private void delete(int element) {
        dropped.add(element);
        for (int rel : relationships) {
            if (dropped.contains(rel)) {
                continue;
            }
            List<StepValue> a = current(rel);
            boolean drop = false;
            List<StepValue> changed = null;
            for (int i = 4; i < a.size(); i++) {
                StepValue v = a.get(i);
                if (v instanceof StepValue.Ref r && r.id() == element) {
                    drop = true;
                } else if (v instanceof StepValue.ListValue l && contains(l, element)) {
                    List<StepValue> kept = new ArrayList<>(l.values());
                    kept.removeIf(x -> x instanceof StepValue.Ref r && r.id() == element);
                    if (kept.isEmpty()) {
                        drop = true;
                    }
                    if (changed == null) {
                        changed = new ArrayList<>(a);
                    }
                    changed.set(i, new StepValue.ListValue(kept));
                }
            }
            if (drop) {
                dropped.add(rel);
            } else if (changed != null) {
                List<StepValue> target = attributes(rel);
                target.clear();
                target.addAll(changed);
            }
        }
    }

    // ---- relationships --------------------------------------------------------------------------------

    /** Removes the element from a relationship's RelatedObjects; drops the relationship when none are left. */
    private void detach(int rel, int element) {
        List<StepValue> a = attributes(rel);
        List<StepValue> kept = new ArrayList<>(list(a.get(4)));
        kept.removeIf(v -> v instanceof StepValue.Ref r && r.id() == element);
        if (kept.isEmpty()) {
            dropped.add(rel);
            rewritten.remove(rel);
        } else {
            a.set(4, new StepValue.ListValue(kept));
        }
    }

    /** A new relationship (GlobalId, OwnerHistory, Name, Description, RelatedObjects, relating). */
    private void addRelation(int element, String type, int relating) {
        List<StepValue> a = new ArrayList<>();
        a.add(new StepValue.Str(IfcGuid.random()));
        a.add(ownerHistory(element));
        a.add(StepValue.Null.INSTANCE);
        a.add(StepValue.Null.INSTANCE);
        a.add(new StepValue.ListValue(List.of(new StepValue.Ref(element))));
        a.add(new StepValue.Ref(relating));
        int rel = add(type, a);
        relationships.add(rel);
    }

    private StepValue ownerHistory(int element) {
        return at(current(element), 1);
    }

    private List<StepValue> newAttributes(int code, Map<String, StepValue> values) {
        List<StepValue> a = new ArrayList<>();
        for (var attribute : schema.attributes(code)) {
            StepValue v = values.get(attribute.name());
            a.add(v == null ? StepValue.Null.INSTANCE : v);
        }
        return a;
    }

    private int add(String typeName, List<StepValue> attributes) {
        int id = nextId++;
        added.put(id, new Object[] {typeName.toUpperCase(Locale.ROOT), new ArrayList<>(attributes)});
        return id;
    }

    // ---- attribute state ------------------------------------------------------------------------------

    /** The attributes as edited so far (read only). */
    @SuppressWarnings("unchecked")
    private List<StepValue> current(int id) {
        Object[] a = added.get(id);
        if (a != null) {
            return (List<StepValue>) a[1];
        }
        List<StepValue> r = rewritten.get(id);
        return r != null ? r : step.contains(id) ? readable(id) : List.of();
    }

    /** The attributes to change in place: a mutable copy registered for rewriting. */
    @SuppressWarnings("unchecked")
    private List<StepValue> attributes(int id) {
        Object[] a = added.get(id);
        if (a != null) {
            return (List<StepValue>) a[1];
        }
        return rewritten.computeIfAbsent(id, k -> new ArrayList<>(step.entity(k).attributes()));
    }

    private boolean isA(int id, int code) {
        Object[] a = added.get(id);
        if (a != null) {
            return schema.isSubtypeOf(schema.entityCode((String) a[0]), code);
        }
        return model.isA(id, code);
    }

    private StepValue typed(Object value, String valueType, String existingType) {
        if (value == null) {
            return StepValue.Null.INSTANCE;
        }
        String type = valueType != null ? valueType : existingType;
        if (type == null) {
            type = value instanceof Boolean ? "IfcBoolean" : value instanceof Double || value instanceof Float
                    ? "IfcReal" : value instanceof Number ? "IfcInteger" : "IfcLabel";
        }
        String underlying = underlying(schema.typeName(type));
        StepValue inner;
        if (value instanceof Boolean b) {
            inner = new StepValue.Enum(b ? "T" : "F");
        } else if (value instanceof Number n) {
            inner = underlying.startsWith("INTEGER") ? new StepValue.Integer(n.longValue())
                    : new StepValue.Real(n.doubleValue());
        } else {
            inner = new StepValue.Str(value.toString());
        }
        return new StepValue.Typed(type.toUpperCase(Locale.ROOT), inner);
    }

    /** Follows defined types down to a base type ({@code IfcPositiveLengthMeasure} → {@code REAL}). */
    private String underlying(String type) {
        String t = type;
        for (int i = 0; i < 8; i++) {
            String next = schema.definedType(t).orElse(null);
            if (next == null) {
                return t;
            }
            t = next;
        }
        return t;
    }

    // ---- output ---------------------------------------------------------------------------------------

    private Result writeTo(OutputStream out) throws IOException {
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(step.header());
        int removed = 0;
        for (int id : step.ids()) {
            if (dropped.contains(id)) {
                removed++;
                continue;
            }
            List<StepValue> changed = rewritten.get(id);
            if (changed != null) {
                writer.writeEntity(id, step.typeName(id), changed);
            } else {
                writer.writeRaw(step, id);
            }
        }
        int count = 0;
        for (Map.Entry<Integer, Object[]> e : added.entrySet()) {
            if (!dropped.contains(e.getKey())) {
                @SuppressWarnings("unchecked")
                List<StepValue> a = (List<StepValue>) e.getValue()[1];
                writer.writeEntity(e.getKey(), (String) e.getValue()[0], a);
                count++;
            }
        }
        writer.finish();
        int rewrittenCount = 0;
        for (Integer id : rewritten.keySet()) {
            if (!dropped.contains(id)) {
                rewrittenCount++;
            }
        }
        return new Result(List.copyOf(problems), count, removed, rewrittenCount);
    }

    // ---- small value helpers --------------------------------------------------------------------------

    private static String string(StepValue v) {
        return IfcValues.string(v);
    }

    /** The attribute at a position, {@code $} beyond the end (broken or missing entities). */
    private static StepValue at(List<StepValue> attributes, int index) {
        return index >= 0 && index < attributes.size() ? attributes.get(index) : StepValue.Null.INSTANCE;
    }

    private static List<StepValue> list(StepValue v) {
        return IfcValues.list(v);
    }

    private static int[] refs(StepValue v) {
        return IfcValues.refs(v);
    }

    private static boolean contains(StepValue v, int id) {
        return IfcValues.mentions(v, id);
    }

    private static String describe(IfcEdit edit) {
        return edit.getClass().getSimpleName() + " " + edit.uuid();
    }
}
