package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.plinth.step.StepValue;

/**
 * Units: the project's (IfcProject.UnitsInContext, {@code is_default}) and any other unit a
 * property names, with SI prefixes, conversion-based units (inch, foot, degree) and derived units
 * resolved to a factor to SI base units. Each unit entity is decoded once.
 */
final class UnitExtractor {

    private static final Map<String, Double> PREFIX = Map.ofEntries(
            Map.entry("EXA", 1e18), Map.entry("PETA", 1e15), Map.entry("TERA", 1e12), Map.entry("GIGA", 1e9),
            Map.entry("MEGA", 1e6), Map.entry("KILO", 1e3), Map.entry("HECTO", 1e2), Map.entry("DECA", 1e1),
            Map.entry("DECI", 1e-1), Map.entry("CENTI", 1e-2), Map.entry("MILLI", 1e-3), Map.entry("MICRO", 1e-6),
            Map.entry("NANO", 1e-9), Map.entry("PICO", 1e-12), Map.entry("FEMTO", 1e-15), Map.entry("ATTO", 1e-18));

    /** Dimensional exponents (length, mass, time, current, temperature, substance, luminous intensity). */
    private static final Map<String, List<Integer>> SI_DIMENSIONS = Map.ofEntries(
            Map.entry("METRE", List.of(1, 0, 0, 0, 0, 0, 0)), Map.entry("SQUARE_METRE", List.of(2, 0, 0, 0, 0, 0, 0)),
            Map.entry("CUBIC_METRE", List.of(3, 0, 0, 0, 0, 0, 0)), Map.entry("GRAM", List.of(0, 1, 0, 0, 0, 0, 0)),
            Map.entry("SECOND", List.of(0, 0, 1, 0, 0, 0, 0)), Map.entry("AMPERE", List.of(0, 0, 0, 1, 0, 0, 0)),
            Map.entry("KELVIN", List.of(0, 0, 0, 0, 1, 0, 0)), Map.entry("DEGREE_CELSIUS", List.of(0, 0, 0, 0, 1, 0, 0)),
            Map.entry("MOLE", List.of(0, 0, 0, 0, 0, 1, 0)), Map.entry("CANDELA", List.of(0, 0, 0, 0, 0, 0, 1)),
            Map.entry("RADIAN", List.of(0, 0, 0, 0, 0, 0, 0)), Map.entry("STERADIAN", List.of(0, 0, 0, 0, 0, 0, 0)),
            Map.entry("HERTZ", List.of(0, 0, -1, 0, 0, 0, 0)), Map.entry("NEWTON", List.of(1, 1, -2, 0, 0, 0, 0)),
            Map.entry("PASCAL", List.of(-1, 1, -2, 0, 0, 0, 0)), Map.entry("JOULE", List.of(2, 1, -2, 0, 0, 0, 0)),
            Map.entry("WATT", List.of(2, 1, -3, 0, 0, 0, 0)), Map.entry("COULOMB", List.of(0, 0, 1, 1, 0, 0, 0)),
            Map.entry("VOLT", List.of(2, 1, -3, -1, 0, 0, 0)), Map.entry("FARAD", List.of(-2, -1, 4, 2, 0, 0, 0)),
            Map.entry("OHM", List.of(2, 1, -3, -2, 0, 0, 0)), Map.entry("SIEMENS", List.of(-2, -1, 3, 2, 0, 0, 0)),
            Map.entry("WEBER", List.of(2, 1, -2, -1, 0, 0, 0)), Map.entry("TESLA", List.of(0, 1, -2, -1, 0, 0, 0)),
            Map.entry("HENRY", List.of(2, 1, -2, -2, 0, 0, 0)), Map.entry("LUMEN", List.of(0, 0, 0, 0, 0, 0, 1)),
            Map.entry("LUX", List.of(-2, 0, 0, 0, 0, 0, 1)), Map.entry("BECQUEREL", List.of(0, 0, -1, 0, 0, 0, 0)),
            Map.entry("GRAY", List.of(2, 0, -2, 0, 0, 0, 0)), Map.entry("SIEVERT", List.of(2, 0, -2, 0, 0, 0, 0)));

    private final ExtractionContext ctx;
    private final int siUnit;
    private final int conversionBasedUnit;
    private final int derivedUnit;
    private final int derivedUnitElement;
    private final int monetaryUnit;
    private final int namedUnit;
    private final IntObjectMap<Unit> cache = new IntObjectMap<>();
    private final List<Unit> projectUnits = new ArrayList<>();
    private final Map<String, Unit> defaultByUnitType = new HashMap<>();
    private final Map<String, Unit> defaultByValueType = new HashMap<>();
    private final int[] projectUnitIds;

    UnitExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.siUnit = ctx.code("IfcSIUnit");
        this.conversionBasedUnit = ctx.code("IfcConversionBasedUnit");
        this.derivedUnit = ctx.code("IfcDerivedUnit");
        this.derivedUnitElement = ctx.code("IfcDerivedUnitElement");
        this.monetaryUnit = ctx.code("IfcMonetaryUnit");
        this.namedUnit = ctx.code("IfcNamedUnit");
        this.projectUnitIds = projectUnitIds();
        for (int id : projectUnitIds) {
            Unit unit = decode(id, true, 0);
            if (unit != null) {
                projectUnits.add(unit);
                if (unit.unit_type() != null) {
                    defaultByUnitType.putIfAbsent(unit.unit_type(), unit);
                }
            }
        }
    }

    private int[] projectUnitIds() {
        int[] projects = ctx.model.instancesOf("IfcProject");
        if (projects.length == 0) {
            return new int[0];
        }
        int unitsIndex = ctx.index("IfcProject", "UnitsInContext");
        int assignment = ExtractionContext.ref(ctx.attributes(projects[0]), unitsIndex);
        return ExtractionContext.refs(ctx.attributes(assignment), 0);
    }

    /** Project units first, then every other unit entity of the file in id order. */
    List<Unit> allUnits() {
        List<Unit> all = new ArrayList<>(projectUnits);
        for (int code : new int[] {namedUnit, derivedUnit, monetaryUnit}) {
            for (int id : ctx.model.instancesOf(code)) {
                if (!contains(projectUnitIds, id)) {
                    Unit unit = unit(id);
                    if (unit != null) {
                        all.add(unit);
                    }
                }
            }
        }
        return all;
    }

    /** The unit an entity id names, decoded once; null for 0 or a non-unit. */
    Unit unit(int id) {
        if (id <= 0) {
            return null;
        }
        Unit cached = cache.get(id);
        return cached != null ? cached : decode(id, false, 0);
    }

    /** Multiply a length in the project unit by this to get metres (1 when the project gives none). */
    double lengthToMetres() {
        Unit length = defaultByUnitType.get("LENGTHUNIT");
        return length == null ? 1.0 : length.si_factor();
    }

    /**
     * The project's unit for a measure type: {@code IfcLengthMeasure} → LENGTHUNIT,
     * {@code IfcPositivePlaneAngleMeasure} → PLANEANGLEUNIT, {@code IfcThermalTransmittanceMeasure}
     * → THERMALTRANSMITTANCEUNIT (the IFC unit enumerations follow the measure names); null when none.
     */
    Unit defaultFor(String valueType) {
        if (valueType == null || !valueType.endsWith("Measure")) {
            return null;
        }
        if (defaultByValueType.containsKey(valueType)) {
            return defaultByValueType.get(valueType);
        }
        String core = valueType.substring(valueType.startsWith("Ifc") ? 3 : 0, valueType.length() - 7);
        if (core.startsWith("Positive")) {
            core = core.substring(8);
        } else if (core.startsWith("NonNegative")) {
            core = core.substring(11);
        }
        Unit unit = core.equals("Monetary") ? defaultByUnitType.get("MONETARYUNIT")
                : defaultByUnitType.get(core.toUpperCase(java.util.Locale.ROOT) + "UNIT");
        defaultByValueType.put(valueType, unit);
        return unit;
    }

    private Unit decode(int id, boolean isDefault, int depth) {
        if (depth > 8 || !ctx.model.contains(id)) {
            return null;
        }
        int code = ctx.model.schemaCode(id);
        List<StepValue> a = ctx.attributes(id);
        String type = ctx.model.className(id);
        Unit unit;
        if (ctx.schema.isSubtypeOf(code, siUnit)) {
            String unitType = ExtractionContext.enumValue(a, 1);
            String prefix = ExtractionContext.enumValue(a, 2);
            String name = ExtractionContext.enumValue(a, 3);
            double factor = prefix == null ? 1.0 : PREFIX.getOrDefault(prefix, 1.0);
            if ("SQUARE_METRE".equals(name)) {
                factor = factor * factor;
            } else if ("CUBIC_METRE".equals(name)) {
                factor = factor * factor * factor;
            } else if ("GRAM".equals(name)) {
                factor = factor * 1e-3;
            }
            List<Integer> dimensions = name == null ? List.of() : SI_DIMENSIONS.getOrDefault(name, List.of());
            unit = new Unit(type, name, unitType, prefix, dimensions, null, null,
                    List.of(), isDefault, factor);
        } else if (ctx.schema.isSubtypeOf(code, conversionBasedUnit)) {
            List<Integer> dimensions = dimensions(ExtractionContext.ref(a, 0));
            String unitType = ExtractionContext.enumValue(a, 1);
            String name = ExtractionContext.string(a, 2);
            List<StepValue> measure = ctx.attributes(ExtractionContext.ref(a, 3));
            Double factor = ExtractionContext.number(measure, 0);
            Unit base = decodeCached(ExtractionContext.ref(measure, 1), depth);
            double si = (factor == null ? 1.0 : factor) * (base == null ? 1.0 : base.si_factor());
            unit = new Unit(type, name, unitType, null, dimensions, factor, base, List.of(), isDefault, si);
        } else if (ctx.schema.isSubtypeOf(code, derivedUnit)) {
            List<DerivedUnitElement> elements = new ArrayList<>();
            int[] dims = new int[7];
            boolean dimsKnown = true;
            double si = 1.0;
            for (int elementId : ExtractionContext.refs(a, 0)) {
                if (!ctx.isA(elementId, derivedUnitElement)) {
                    continue;
                }
                List<StepValue> e = ctx.attributes(elementId);
                Unit part = decodeCached(ExtractionContext.ref(e, 0), depth);
                Double exponent = ExtractionContext.number(e, 1);
                int exp = exponent == null ? 1 : exponent.intValue();
                elements.add(new DerivedUnitElement(part, exp));
                if (part == null || part.dimensions().size() != 7) {
                    dimsKnown = false;
                } else {
                    for (int d = 0; d < 7; d++) {
                        dims[d] += part.dimensions().get(d) * exp;
                    }
                }
                si *= Math.pow(part == null ? 1.0 : part.si_factor(), exp);
            }
            String unitType = ExtractionContext.enumValue(a, 1);
            String name = ExtractionContext.string(a, 2);
            List<Integer> dimensions = new ArrayList<>(7);
            for (int d : dims) {
                dimensions.add(d);
            }
            unit = new Unit(type, name, unitType, null, dimsKnown ? List.copyOf(dimensions) : List.of(), null, null,
                    List.copyOf(elements), isDefault, si);
        } else if (ctx.schema.isSubtypeOf(code, monetaryUnit)) {
            unit = new Unit(type, ExtractionContext.string(a, 0), "MONETARYUNIT", null, List.of(), null, null,
                    List.of(), isDefault, 1.0);
        } else if (ctx.schema.isSubtypeOf(code, namedUnit)) {
            // IfcContextDependentUnit and other named units: Dimensions, UnitType, Name
            unit = new Unit(type, ExtractionContext.string(a, 2), ExtractionContext.enumValue(a, 1), null,
                    dimensions(ExtractionContext.ref(a, 0)), null, null, List.of(), isDefault, 1.0);
        } else {
            ctx.warn(id, "is not a unit");
            return null;
        }
        cache.put(id, unit);
        return unit;
    }

    private Unit decodeCached(int id, int depth) {
        if (id <= 0) {
            return null;
        }
        Unit cached = cache.get(id);
        return cached != null ? cached : decode(id, false, depth + 1);
    }

    private List<Integer> dimensions(int id) {
        if (id <= 0) {
            return List.of();
        }
        List<StepValue> a = ctx.attributes(id);
        List<Integer> dims = new ArrayList<>(7);
        for (int i = 0; i < 7; i++) {
            Double d = ExtractionContext.number(a, i);
            dims.add(d == null ? 0 : d.intValue());
        }
        return List.copyOf(dims);
    }

    private static boolean contains(int[] ids, int id) {
        for (int x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }
}
