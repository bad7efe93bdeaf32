package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.IfcValues;
import org.plinth.ifc.schema.IfcSchema;
import org.plinth.step.StepSyntaxException;
import org.plinth.step.StepValue;
import org.plinth.step.StepValueException;

/**
 * What every extractor of one model shares: the model, its schema, warnings and the decoding of
 * attribute values into plain Java values. Not thread-safe (caches fill as extraction goes).
 */
final class ExtractionContext {

    /** Warnings kept verbatim; beyond this only the count grows, so a broken file cannot fill the heap. */
    static final int MAX_WARNINGS = 1000;

    final IfcModel model;
    final IfcSchema schema;
    private final List<String> warnings = new ArrayList<>();
    private int warningCount;
    private final IntObjectMap<String> uuidCache = new IntObjectMap<>();
    private final Map<String, String> typeNames = new HashMap<>();

    ExtractionContext(IfcModel model) {
        this.model = model;
        this.schema = model.schema();
    }

    /** Schema code of an entity class, -1 when this schema lacks it (e.g. IfcMapConversion in IFC2X3). */
    int code(String entityName) {
        return schema.entityCode(entityName);
    }

    /** Attribute position by name, -1 when the entity or attribute is absent in this schema. */
    int index(String entityName, String attributeName) {
        int code = schema.entityCode(entityName);
        return code < 0 ? -1 : schema.attributeIndex(code, attributeName);
    }

    boolean isA(int id, int code) {
        return model.isA(id, code);
    }

    void warn(int id, String message) {
        warningCount++;
        if (warnings.size() < MAX_WARNINGS) {
            String subject = id <= 0 ? "" : model.contains(id) ? "#" + id + " " + model.className(id) + ": "
                    : "#" + id + " (missing): ";
            warnings.add(subject + message);
        }
    }

    List<String> warnings() {
        List<String> all = new ArrayList<>(warnings);
        if (warningCount > warnings.size()) {
            all.add((warningCount - warnings.size()) + " more warnings not listed");
        }
        return all;
    }

    int warningCount() {
        return warningCount;
    }

    /**
     * The attributes of an entity, or an empty list (and a warning) when the id is absent or its
     * attributes cannot be decoded: the lenient reader indexes an entity whose parameters are
     * broken inside, and decoding finds it later.
     */
    List<StepValue> attributes(int id) {
        if (id <= 0 || !model.contains(id)) {
            if (id > 0) {
                warn(0, "reference to missing entity #" + id);
            }
            return List.of();
        }
        try {
            return model.entity(id).attributes();
        } catch (StepSyntaxException | StepValueException e) {
            warnUnreadable(id, e);
            return List.of();
        }
    }

    private final IntObjectMap<Boolean> reportedUnreadable = new IntObjectMap<>();

    private void warnUnreadable(int id, RuntimeException e) {
        if (reportedUnreadable.get(id) == null) {
            reportedUnreadable.put(id, Boolean.TRUE);
            warn(id, "cannot be decoded, skipped: " + e.getMessage());
        }
    }

    /** GlobalId of an entity (attribute 0 of every IfcRoot), cached: containers and types are asked often. */
    String uuid(int id) {
        if (id <= 0) {
            return null;
        }
        String cached = uuidCache.get(id);
        if (cached == null && model.contains(id)) {
            cached = string(at(attributes(id), 0));
            if (cached != null) {
                uuidCache.put(id, cached);
            }
        }
        return cached;
    }

    /** EXPRESS spelling of a typed value's type name, e.g. {@code IFCLABEL} → {@code IfcLabel}. */
    String typeName(String upper) {
        String name = typeNames.get(upper);
        if (name == null) {
            name = schema.typeName(upper);
            typeNames.put(upper, name);
        }
        return name;
    }

    // ---- value decoding -------------------------------------------------------------------------

    static StepValue at(List<StepValue> attributes, int index) {
        return index >= 0 && index < attributes.size() ? attributes.get(index) : StepValue.Null.INSTANCE;
    }

    static String string(List<StepValue> attributes, int index) {
        return string(at(attributes, index));
    }

    static String string(StepValue v) {
        StepValue u = IfcValues.unwrap(v);
        return u instanceof StepValue.Enum e ? e.value() : IfcValues.string(u);
    }

    static String enumValue(List<StepValue> attributes, int index) {
        StepValue v = at(attributes, index);
        return v instanceof StepValue.Enum e ? e.value() : string(v);
    }

    static Double number(List<StepValue> attributes, int index) {
        return number(at(attributes, index));
    }

    static Double number(StepValue v) {
        return IfcValues.number(v);
    }

    static int ref(List<StepValue> attributes, int index) {
        return at(attributes, index) instanceof StepValue.Ref r ? r.id() : 0;
    }

    /** References of a list attribute; a single reference counts as a list of one. */
    static int[] refs(List<StepValue> attributes, int index) {
        return IfcValues.refs(at(attributes, index));
    }

    static List<StepValue> list(List<StepValue> attributes, int index) {
        return IfcValues.list(at(attributes, index));
    }

    /**
     * A value as plain Java: String, Double, Long, Boolean ({@code .T.}/{@code .F.}), a List for
     * lists, null for {@code $}, {@code *}, {@code .U.} and references.
     */
    static Object toJava(StepValue v) {
        if (v instanceof StepValue.Typed t) {
            return toJava(t.value());
        }
        if (v instanceof StepValue.Str s) {
            return s.value();
        }
        if (v instanceof StepValue.Real r) {
            return r.value();
        }
        if (v instanceof StepValue.Integer i) {
            return i.value();
        }
        if (v instanceof StepValue.Enum e) {
            String value = e.value();
            if (value.equals("T")) {
                return Boolean.TRUE;
            }
            if (value.equals("F")) {
                return Boolean.FALSE;
            }
            return value.equals("U") ? null : value;
        }
        if (v instanceof StepValue.Binary b) {
            return b.hex();
        }
        if (v instanceof StepValue.ListValue list) {
            List<Object> out = new ArrayList<>(list.values().size());
            for (StepValue item : list.values()) {
                out.add(toJava(item));
            }
            return out;
        }
        return null;
    }

    /** The EXPRESS type of a typed value ({@code IfcLengthMeasure}), else null. */
    String valueType(StepValue v) {
        return v instanceof StepValue.Typed t ? typeName(t.typeName()) : null;
    }

    static boolean isSimple(StepValue v) {
        return v instanceof StepValue.Str || v instanceof StepValue.Real || v instanceof StepValue.Integer
                || v instanceof StepValue.Enum || v instanceof StepValue.Typed;
    }
}
