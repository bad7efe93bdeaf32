package org.plinth.ifc.export;

import org.plinth.ifc.extract.Classification;

/**
 * One change to write into an exported IFC. Elements are named by GlobalId ({@code uuid}); property
 * sets and properties by name. Edits apply in list order.
 */
public sealed interface IfcEdit {

    /** The element (product, type object or any other IfcRoot) the edit is about. */
    String uuid();

    /** Sets IfcRoot.Name. */
    record Rename(String uuid, String name) implements IfcEdit {
    }

    /**
     * Sets a property value: changes it when the element's own set has it, else adds it to that set,
     * else creates the set on the element. A value the element inherited from its type is overridden
     * on the element only (the type keeps its value).
     *
     * @param value     String, Double, Long/Integer, Boolean or null
     * @param valueType EXPRESS type such as {@code IfcLabel} or {@code IfcLengthMeasure}; null keeps the
     *                  existing property's type, or picks IfcLabel/IfcReal/IfcInteger/IfcBoolean from the value
     */
    record SetProperty(String uuid, String propertySet, String property, Object value, String valueType)
            implements IfcEdit {
    }

    /** Removes a property from the element's own set (sets shared with other elements are copied first). */
    record RemoveProperty(String uuid, String propertySet, String property) implements IfcEdit {
    }

    /** Detaches a property set (or quantity set) from the element. */
    record RemovePropertySet(String uuid, String propertySet) implements IfcEdit {
    }

    /**
     * Associates a classification reference; an IfcClassification of the same name is reused, else one is
     * created from {@code classification.name()} and {@code source()}.
     */
    record AddClassification(String uuid, Classification classification) implements IfcEdit {
    }

    /** Removes the element's associations to classification references with this notation. */
    record RemoveClassification(String uuid, String notation) implements IfcEdit {
    }

    /**
     * Deletes the element and every relationship that needs it (a relationship keeps its other members; one left
     * without members, or whose single relating side was the element, is removed). Its geometry stays in the
     * file unreferenced; openings that voided it stay as elements.
     */
    record DeleteElement(String uuid) implements IfcEdit {
    }
}
