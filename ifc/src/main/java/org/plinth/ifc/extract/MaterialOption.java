package org.plinth.ifc.extract;

/**
 * How a material is used (BIMData {@code MaterialOption}, with Plinth's additions).
 *
 * @param thickness layer thickness (project length unit); null unless {@code kind} is {@code layer}
 * @param kind      {@code single}, {@code list}, {@code layer}, {@code profile} or {@code constituent}
 * @param name      the layer's, profile's or constituent's own name (IFC4); null when none
 * @param set_name  name of the layer set, profile set or constituent set; null when none
 * @param fraction  a constituent's Fraction; null otherwise
 * @param category  the layer's, profile's or constituent's Category (IFC4); null when none
 */
public record MaterialOption(Double thickness, String kind, String name, String set_name, Double fraction,
        String category) {
}
