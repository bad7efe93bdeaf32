package org.plinth.ifc.extract;

/** A layer as listed on an element (BIMData {@code LayerElement}). */
public record LayerElement(String name, String identifier, String description) {
}
