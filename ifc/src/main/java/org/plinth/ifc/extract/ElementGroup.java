package org.plinth.ifc.extract;

import java.util.List;

/**
 * An IfcSystem (BIMData {@code System} shape) or another IfcGroup.
 *
 * @param type     EXPRESS class, e.g. {@code IfcDistributionSystem}; not a BIMData field
 * @param elements GlobalIds of the assigned objects (IfcRelAssignsToGroup)
 */
public record ElementGroup(String uuid, String type, String name, String description, String object_type,
        List<String> elements) {
}
