package org.plinth.ifc;

import java.util.Optional;
import org.plinth.step.StepEntity;
import org.plinth.step.StepValue;

/**
 * A typed view of one entity: attributes by their EXPRESS name, resolved through the schema
 * tables ({@code wall.string("Name")}, {@code storey.number("Elevation")}). Decodes on access, like
 * {@link StepEntity}. For loops over many entities resolve the index once with
 * {@link org.plinth.ifc.schema.IfcSchema#attributeIndex} and use {@link #attribute(int)}.
 */
public final class IfcEntity {

    private final IfcModel model;
    private final StepEntity entity;
    private final int schemaCode;

    IfcEntity(IfcModel model, StepEntity entity, int schemaCode) {
        this.model = model;
        this.entity = entity;
        this.schemaCode = schemaCode;
    }

    public int id() {
        return entity.id();
    }

    /** Schema code, or -1 for a type the schema does not know. */
    public int schemaCode() {
        return schemaCode;
    }

    /** EXPRESS spelling, e.g. {@code IfcWallStandardCase}; as written for an unknown type. */
    public String className() {
        return model.className(entity.id());
    }

    /** True when this is an instance of the named entity or one of its subtypes. */
    public boolean isA(String entityName) {
        return model.schema().isSubtypeOf(schemaCode, model.schema().entityCode(entityName));
    }

    /** The attribute's position, or -1 when this class has no attribute of that name. */
    public int indexOf(String attributeName) {
        return schemaCode < 0 ? -1 : model.schema().attributeIndex(schemaCode, attributeName);
    }

    /** The attribute by position; {@code $} when the position is beyond what the file wrote. */
    public StepValue attribute(int index) {
        if (index < 0 || index >= entity.attributeCount()) {
            return StepValue.Null.INSTANCE;
        }
        return entity.attribute(index);
    }

    /**
     * The attribute by EXPRESS name.
     *
     * @throws IllegalArgumentException when this class has no such attribute
     */
    public StepValue attribute(String attributeName) {
        int index = indexOf(attributeName);
        if (index < 0) {
            throw new IllegalArgumentException(className() + " #" + entity.id() + " has no attribute " + attributeName);
        }
        return attribute(index);
    }

    /** A string attribute (typed values unwrapped), empty when {@code $} or not a string. */
    public Optional<String> string(String attributeName) {
        return Optional.ofNullable(IfcValues.string(attribute(attributeName)));
    }

    /** A number attribute (integer or real, typed values unwrapped), empty when {@code $}. */
    public Optional<Double> number(String attributeName) {
        return Optional.ofNullable(IfcValues.number(attribute(attributeName)));
    }

    /** An enumeration attribute without dots, empty when {@code $}. */
    public Optional<String> enumValue(String attributeName) {
        return IfcValues.unwrap(attribute(attributeName)) instanceof StepValue.Enum e ? Optional.of(e.value())
                : Optional.empty();
    }

    /** A reference attribute, or 0 when {@code $}. */
    public int ref(String attributeName) {
        return IfcValues.ref(attribute(attributeName));
    }

    /** The references of a list attribute (a single reference counts as one), empty when {@code $}. */
    public int[] refs(String attributeName) {
        return IfcValues.refs(attribute(attributeName));
    }

    /** The referenced entity's view, empty when {@code $} or dangling. */
    public Optional<IfcEntity> follow(String attributeName) {
        int id = ref(attributeName);
        return id > 0 && model.contains(id) ? Optional.of(model.get(id)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "#" + entity.id() + " " + className();
    }
}
