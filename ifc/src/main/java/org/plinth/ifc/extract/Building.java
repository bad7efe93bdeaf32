package org.plinth.ifc.extract;

/**
 * An IfcBuilding in the BIMData {@code Building} shape (without plans).
 *
 * @param bimdata_elevation ElevationOfRefHeight in metres; null when not given
 */
public record Building(String uuid, String name, Double bimdata_elevation) {
}
