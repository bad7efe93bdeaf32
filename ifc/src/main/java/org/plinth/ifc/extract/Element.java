package org.plinth.ifc.extract;

import java.util.List;

/**
 * An IfcProduct or a type object (IfcTypeObject) in the BIMData {@code Element} shape.
 * Components up to {@code layers} carry BIMData's names; the rest are Plinth additions the
 * database needs (BIMData derives them from relations). BIMData's {@code id} is assigned by the
 * database and absent here. Absent IFC values are {@code null}, as in BIMData's nullable fields.
 *
 * @param uuid            the IFC GlobalId
 * @param type            EXPRESS class name, e.g. {@code IfcWallStandardCase}
 * @param attributes      the element's own IFC attributes (Name, Description, ObjectType, Tag, PredefinedType,
 *                        LongName, ...) as a property set named {@code Attributes}
 * @param property_sets   property and quantity sets, type sets merged in (instance values win)
 * @param classifications classification references of the element (and of its type when it has none)
 * @param material_list   materials of the element (its type's when it has none)
 * @param layers          presentation layers its representations are on
 * @param step_id         the entity id ({@code #id}) in the source file
 * @param name            IfcRoot.Name
 * @param description     IfcRoot.Description
 * @param object_type     IfcObject.ObjectType (for a type object: ElementType when present)
 * @param tag             IfcElement.Tag / IfcTypeProduct.Tag
 * @param predefined_type PredefinedType enumeration value, when the class has one and it is set
 * @param container_uuid  GlobalId of the spatial structure element containing it (via
 *                        IfcRelContainedInSpatialStructure, else inherited from its aggregate parent)
 * @param parent_uuid     GlobalId of its aggregate (IfcRelAggregates) parent
 * @param type_uuid       GlobalId of its type object (IfcRelDefinesByType)
 */
public record Element(
        String uuid,
        String type,
        PropertySet attributes,
        List<PropertySet> property_sets,
        List<Classification> classifications,
        List<MaterialListComponent> material_list,
        List<LayerElement> layers,
        int step_id,
        String name,
        String description,
        String object_type,
        String tag,
        String predefined_type,
        String container_uuid,
        String parent_uuid,
        String type_uuid) {
}
