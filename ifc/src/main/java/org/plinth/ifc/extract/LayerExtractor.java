package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.List;
import org.plinth.step.StepValue;

/**
 * Presentation layers (IfcPresentationLayerAssignment and IfcPresentationLayerWithStyle). A
 * product is on a layer when one of its shape representations, or an item of one, is assigned
 * to it. Assigned item id → layer is an {@link IntObjectMap}; products are matched while
 * elements are extracted, so the product's representations are read only when the file has layers.
 */
final class LayerExtractor {

    private final ExtractionContext ctx;
    private final int[] layerIds;
    private final LayerElement[] layerElements;
    private final List<List<String>> members = new ArrayList<>();
    /** assigned representation or item id → positions of the layers it is on */
    private final IntObjectMap<int[]> layersOfItem = new IntObjectMap<>();
    private final int representation;
    /** False when every assigned item is a whole representation, the usual case: items need not be read. */
    private final boolean itemsAssigned;

    LayerExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.layerIds = ctx.model.instancesOf("IfcPresentationLayerAssignment");
        this.layerElements = new LayerElement[layerIds.length];
        this.representation = ctx.index("IfcProduct", "Representation");
        int representationCode = ctx.code("IfcRepresentation");
        boolean items = false;
        for (int i = 0; i < layerIds.length; i++) {
            List<StepValue> a = ctx.attributes(layerIds[i]);
            // IfcPresentationLayerAssignment(Name, Description, AssignedItems, Identifier)
            layerElements[i] = new LayerElement(ExtractionContext.string(a, 0), ExtractionContext.string(a, 3),
                    ExtractionContext.string(a, 1));
            members.add(new ArrayList<>());
            for (int item : ExtractionContext.refs(a, 2)) {
                items |= !ctx.isA(item, representationCode);
                int[] existing = layersOfItem.get(item);
                if (existing == null) {
                    layersOfItem.put(item, new int[] {i});
                } else if (!contains(existing, i)) {
                    int[] grown = java.util.Arrays.copyOf(existing, existing.length + 1);
                    grown[existing.length] = i;
                    layersOfItem.put(item, grown);
                }
            }
        }
        this.itemsAssigned = items;
    }

    /** Forgets recorded members, so a second pass over the elements does not list them twice. */
    void clearMembers() {
        for (List<String> m : members) {
            m.clear();
        }
    }

    /** The layers of a product (given its attributes) and records it as a member of each. */
    List<LayerElement> layersOf(String uuid, List<StepValue> productAttributes) {
        if (layerIds.length == 0) {
            return List.of();
        }
        int shape = ExtractionContext.ref(productAttributes, representation);
        if (shape <= 0) {
            return List.of();
        }
        int[] found = new int[0];
        // IfcProductDefinitionShape(Name, Description, Representations)
        for (int rep : ExtractionContext.refs(ctx.attributes(shape), 2)) {
            found = add(found, layersOfItem.get(rep));
            if (itemsAssigned) {
                // IfcShapeRepresentation(ContextOfItems, RepresentationIdentifier, RepresentationType, Items)
                for (int item : ExtractionContext.refs(ctx.attributes(rep), 3)) {
                    found = add(found, layersOfItem.get(item));
                }
            }
        }
        if (found.length == 0) {
            return List.of();
        }
        List<LayerElement> out = new ArrayList<>(found.length);
        for (int layer : found) {
            out.add(layerElements[layer]);
            if (uuid != null) {
                members.get(layer).add(uuid);
            }
        }
        return out;
    }

    /** Every layer with the products recorded by {@link #layersOf} so far. */
    List<Layer> layers() {
        List<Layer> out = new ArrayList<>(layerIds.length);
        for (int i = 0; i < layerIds.length; i++) {
            LayerElement e = layerElements[i];
            out.add(new Layer(e.name(), e.identifier(), e.description(), List.copyOf(members.get(i))));
        }
        return out;
    }

    private static int[] add(int[] found, int[] more) {
        if (more == null) {
            return found;
        }
        int[] out = found;
        for (int m : more) {
            if (!contains(out, m)) {
                out = java.util.Arrays.copyOf(out, out.length + 1);
                out[out.length - 1] = m;
            }
        }
        return out;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
