package org.plinth.ifc.extract;

import java.util.List;

/**
 * Everything {@link IfcExtractor} reads from one model, held in memory. For very large models use
 * {@link IfcExtractor#forEachElement} instead of holding every element.
 *
 * @param structure spatial tree roots (normally one IfcProject)
 * @param elements  every IfcProduct
 * @param types     every type object (IfcTypeObject)
 * @param systems   IfcSystem instances except zones
 * @param groups    IfcGroup instances that are neither systems nor zones
 * @param zones     top-level zones (zones assigned to other zones are nested)
 * @param warnings  reader warnings and extraction problems, each naming the entity
 */
public record IfcExtraction(ModelHeader header, List<Unit> units, List<SpatialNode> structure,
        List<Building> buildings, List<Storey> storeys, List<Space> spaces, List<Element> elements,
        List<Element> types, List<ElementGroup> systems, List<ElementGroup> groups, List<Zone> zones,
        List<Layer> layers, List<Material> materials, Georeference georeference, List<String> warnings) {
}
