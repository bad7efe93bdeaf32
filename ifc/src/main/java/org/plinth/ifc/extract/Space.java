package org.plinth.ifc.extract;

/**
 * An IfcSpace in the BIMData {@code Space} shape (zone membership is on {@link Zone}).
 *
 * @param longname    IfcSpatialElement.LongName
 * @param storey_uuid GlobalId of its parent storey; not a BIMData field
 */
public record Space(String uuid, String name, String longname, String storey_uuid) {
}
