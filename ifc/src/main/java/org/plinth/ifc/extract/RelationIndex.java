package org.plinth.ifc.extract;

import java.util.List;
import org.plinth.ifc.IfcModel;
import org.plinth.step.StepValue;

/**
 * The inverse relations extraction needs, built in one pass over the IfcRel* entities and kept in
 * int columns keyed by dense entity position: containment, aggregation, type, property sets,
 * classifications, materials and group assignment. Only the two attributes each relationship
 * needs are decoded.
 */
final class RelationIndex {

    /** Dense position → id of the containing spatial structure element (0: none). */
    final int[] container;
    /** Dense position → id of the aggregate (IfcRelAggregates) parent (0: none). */
    final int[] parent;
    /** Dense position → id of the type object (0: none). */
    final int[] typeOf;
    /** Aggregate parent position → child ids. */
    final IntMultiMap children;
    /** Object position → property set definition ids. */
    final IntMultiMap propertySets;
    /** Object position → classification reference ids. */
    final IntMultiMap classifications;
    /** Object position → material select ids. */
    final IntMultiMap materials;
    /** Group position → assigned object ids. */
    final IntMultiMap groupMembers;
    /** Property set definition position → true when it is related to more than one object. */
    final boolean[] sharedPropertySet;

    RelationIndex(ExtractionContext ctx) {
        IfcModel model = ctx.model;
        int n = model.size();
        container = new int[n];
        parent = new int[n];
        typeOf = new int[n];
        sharedPropertySet = new boolean[n];
        boolean[] seenPropertySet = new boolean[n];
        IntMultiMap.Builder childrenBuilder = new IntMultiMap.Builder(n);
        IntMultiMap.Builder psetBuilder = new IntMultiMap.Builder(n);
        IntMultiMap.Builder classificationBuilder = new IntMultiMap.Builder(n);
        IntMultiMap.Builder materialBuilder = new IntMultiMap.Builder(n);
        IntMultiMap.Builder groupBuilder = new IntMultiMap.Builder(n);

        int containedIn = ctx.code("IfcRelContainedInSpatialStructure");
        int containedElements = ctx.index("IfcRelContainedInSpatialStructure", "RelatedElements");
        int containedStructure = ctx.index("IfcRelContainedInSpatialStructure", "RelatingStructure");
        for (int rel : model.instancesOf(containedIn)) {
            List<StepValue> e = ctx.attributes(rel);
            int structure = single(e, containedStructure);
            for (int element : list(e, containedElements)) {
                int p = model.position(element);
                if (p >= 0 && container[p] == 0) {
                    container[p] = structure;
                }
            }
        }

        int aggregates = ctx.code("IfcRelAggregates");
        int aggregating = ctx.index("IfcRelAggregates", "RelatingObject");
        int aggregated = ctx.index("IfcRelAggregates", "RelatedObjects");
        for (int rel : model.instancesOf(aggregates)) {
            List<StepValue> e = ctx.attributes(rel);
            int whole = single(e, aggregating);
            int wholePosition = model.position(whole);
            for (int part : list(e, aggregated)) {
                int p = model.position(part);
                if (p >= 0 && parent[p] == 0) {
                    parent[p] = whole;
                }
                childrenBuilder.add(wholePosition, part);
            }
        }

        int definesByType = ctx.code("IfcRelDefinesByType");
        int typedObjects = ctx.index("IfcRelDefinesByType", "RelatedObjects");
        int relatingType = ctx.index("IfcRelDefinesByType", "RelatingType");
        for (int rel : model.instancesOf(definesByType)) {
            List<StepValue> e = ctx.attributes(rel);
            int type = single(e, relatingType);
            for (int object : list(e, typedObjects)) {
                int p = model.position(object);
                if (p >= 0 && typeOf[p] == 0) {
                    typeOf[p] = type;
                }
            }
        }

        int definesByProperties = ctx.code("IfcRelDefinesByProperties");
        int definedObjects = ctx.index("IfcRelDefinesByProperties", "RelatedObjects");
        int relatingDefinition = ctx.index("IfcRelDefinesByProperties", "RelatingPropertyDefinition");
        for (int rel : model.instancesOf(definesByProperties)) {
            List<StepValue> e = ctx.attributes(rel);
            // IFC4 allows a set of property sets here (IfcPropertySetDefinitionSet)
            int[] definitions = list(e, relatingDefinition);
            int[] objects = list(e, definedObjects);
            for (int definition : definitions) {
                int dp = model.position(definition);
                if (dp >= 0) {
                    if (seenPropertySet[dp] || objects.length > 1) {
                        sharedPropertySet[dp] = true;
                    }
                    seenPropertySet[dp] = true;
                }
                for (int object : objects) {
                    psetBuilder.add(model.position(object), definition);
                }
            }
        }

        collectAssociations(ctx, "IfcRelAssociatesClassification", "RelatingClassification", classificationBuilder);
        collectAssociations(ctx, "IfcRelAssociatesMaterial", "RelatingMaterial", materialBuilder);

        int assignsToGroup = ctx.code("IfcRelAssignsToGroup");
        int assigned = ctx.index("IfcRelAssignsToGroup", "RelatedObjects");
        int group = ctx.index("IfcRelAssignsToGroup", "RelatingGroup");
        for (int rel : model.instancesOf(assignsToGroup)) {
            List<StepValue> e = ctx.attributes(rel);
            int groupPosition = model.position(single(e, group));
            for (int object : list(e, assigned)) {
                groupBuilder.add(groupPosition, object);
            }
        }

        children = childrenBuilder.build();
        propertySets = psetBuilder.build();
        classifications = classificationBuilder.build();
        materials = materialBuilder.build();
        groupMembers = groupBuilder.build();
    }

    private static void collectAssociations(ExtractionContext ctx, String relation, String relating,
            IntMultiMap.Builder builder) {
        IfcModel model = ctx.model;
        int objectsIndex = ctx.index(relation, "RelatedObjects");
        int relatingIndex = ctx.index(relation, relating);
        for (int rel : model.instancesOf(ctx.code(relation))) {
            List<StepValue> e = ctx.attributes(rel);
            int target = single(e, relatingIndex);
            if (target == 0) {
                continue;
            }
            for (int object : list(e, objectsIndex)) {
                builder.add(model.position(object), target);
            }
        }
    }

    private static int single(List<StepValue> attributes, int index) {
        return ExtractionContext.ref(attributes, index);
    }

    private static int[] list(List<StepValue> attributes, int index) {
        return ExtractionContext.refs(attributes, index);
    }
}
