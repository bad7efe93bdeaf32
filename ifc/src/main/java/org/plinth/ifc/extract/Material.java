package org.plinth.ifc.extract;

import java.util.List;

/**
 * An IfcMaterial in the BIMData {@code Material} shape.
 *
 * @param category      IFC4 Category; null in IFC2X3
 * @param property_sets IFC4 IfcMaterialProperties of the material
 */
public record Material(String name, String category, String description, List<PropertySet> property_sets) {
}
