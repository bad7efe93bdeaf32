package org.plinth.ifc.extract;

/**
 * What a property is, in the BIMData {@code PropertyDefinition} shape.
 *
 * @param name        property name; a complex property's parts are named {@code Complex.Part}
 * @param description its description
 * @param type        EXPRESS class: {@code IfcPropertySingleValue}, {@code IfcQuantityLength}, ...
 * @param value_type  EXPRESS type of the value: {@code IfcLabel}, {@code IfcLengthMeasure}, {@code IfcBoolean}, ...
 *                    (for a reference value the referenced class)
 * @param unit        the property's own unit, else the project default for its measure type; null when unitless
 */
public record PropertyDefinition(String name, String description, String type, String value_type, Unit unit) {
}
