package org.plinth.ifc.extract;

import java.util.List;

/**
 * A property set, quantity set or predefined property set in the BIMData {@code PropertySet} shape
 * (without the database id and timestamps).
 *
 * @param name        IfcRoot.Name, e.g. {@code Pset_WallCommon}
 * @param description IfcRoot.Description
 * @param type        EXPRESS class: {@code IfcPropertySet}, {@code IfcElementQuantity}, {@code IfcDoorLiningProperties}, ...
 * @param properties  in file order
 */
public record PropertySet(String name, String description, String type, List<Property> properties) {
}
