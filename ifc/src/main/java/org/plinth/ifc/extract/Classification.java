package org.plinth.ifc.extract;

/**
 * A classification reference in the BIMData {@code Classification} shape.
 *
 * @param name     the classification system's name (IfcClassification.Name), e.g. {@code Uniclass 2015}
 * @param notation the code: IfcClassificationReference.Identification (IFC4) / ItemReference (IFC2X3)
 * @param title    the reference's Name, e.g. {@code Walls}
 * @param source   IfcClassification.Source (publisher); not a BIMData field
 */
public record Classification(String name, String notation, String title, String source) {
}
