package org.plinth.ifc.extract;

import java.util.List;

/**
 * A unit in the BIMData {@code Unit} shape.
 *
 * @param type                EXPRESS class: {@code IfcSIUnit}, {@code IfcConversionBasedUnit},
 *                            {@code IfcConversionBasedUnitWithOffset}, {@code IfcDerivedUnit},
 *                            {@code IfcMonetaryUnit}, {@code IfcContextDependentUnit}
 * @param name                e.g. {@code METRE}, {@code INCH}, {@code EUR}
 * @param unit_type           e.g. {@code LENGTHUNIT}, {@code THERMALTRANSMITTANCEUNIT}
 * @param prefix              SI prefix, e.g. {@code MILLI}; null when none
 * @param dimensions          the seven dimensional exponents (L, M, T, I, Θ, N, J); empty when unknown
 * @param conversion_factor   for a conversion-based unit: how many {@code conversion_baseunit} one unit is
 * @param conversion_baseunit the unit {@code conversion_factor} is in
 * @param elements            for a derived unit: its factors
 * @param is_default          true for the project's units (IfcProject.UnitsInContext)
 * @param si_factor           multiply a value in this unit by this to get SI base units (metre, kilogram, second,
 *                            radian, ...); 1 when unknown. Not a BIMData field.
 */
public record Unit(String type, String name, String unit_type, String prefix, List<Integer> dimensions,
        Double conversion_factor, Unit conversion_baseunit, List<DerivedUnitElement> elements, boolean is_default,
        double si_factor) {
}
