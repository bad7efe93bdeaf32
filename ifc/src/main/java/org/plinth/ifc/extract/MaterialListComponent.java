package org.plinth.ifc.extract;

/** One material of an element with how it is used (BIMData {@code MaterialListComponent}). */
public record MaterialListComponent(Material material, MaterialOption option) {
}
