package org.plinth.ifc.extract;

/** One factor of an IfcDerivedUnit: {@code unit} raised to {@code exponent}. */
public record DerivedUnitElement(Unit unit, int exponent) {
}
