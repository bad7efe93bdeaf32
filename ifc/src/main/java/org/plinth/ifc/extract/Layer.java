package org.plinth.ifc.extract;

import java.util.List;

/**
 * An IfcPresentationLayerAssignment in the BIMData {@code Layer} shape.
 *
 * @param elements GlobalIds of the products whose representation (or a representation item) is on the layer
 */
public record Layer(String name, String identifier, String description, List<String> elements) {
}
