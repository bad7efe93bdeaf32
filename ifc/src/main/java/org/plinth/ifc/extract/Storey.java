package org.plinth.ifc.extract;

/**
 * An IfcBuildingStorey in the BIMData {@code Storey} shape (without plans).
 *
 * @param bimdata_elevation the storey's Elevation in metres (else its placement height); null when neither is known
 * @param elevation         Elevation as written, in the project length unit; not a BIMData field
 * @param building_uuid     GlobalId of the building it belongs to; not a BIMData field
 */
public record Storey(String uuid, String name, Double bimdata_elevation, Double elevation, String building_uuid) {
}
