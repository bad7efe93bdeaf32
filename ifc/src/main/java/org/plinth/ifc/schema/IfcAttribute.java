package org.plinth.ifc.schema;

/**
 * An explicit attribute of an IFC entity.
 *
 * @param name     EXPRESS name, e.g. {@code GlobalId}
 * @param type     EXPRESS type as declared, e.g. {@code IfcLabel} or {@code LIST [1:?] OF IfcCartesianPoint}
 * @param optional true when the file may write {@code $}
 */
public record IfcAttribute(String name, String type, boolean optional) {
}
