package org.plinth.ifc.schema;

/**
 * An inverse attribute: the entities of type {@code entity} whose attribute {@code forAttribute}
 * points at this one.
 *
 * @param name         EXPRESS name, e.g. {@code IsDefinedBy}
 * @param entity       the pointing entity, e.g. {@code IfcRelDefinesByProperties}
 * @param forAttribute the pointing attribute, e.g. {@code RelatedObjects}
 * @param aggregate    e.g. {@code SET [0:?]}; empty for a single value
 */
public record IfcInverseAttribute(String name, String entity, String forAttribute, String aggregate) {
}
