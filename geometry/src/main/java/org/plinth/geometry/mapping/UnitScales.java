package org.plinth.geometry.mapping;

import org.plinth.ifc.IfcModel;
import org.plinth.step.StepEntity;
import org.plinth.step.StepValue;

/**
 * The project's length and plane-angle units as factors to metres and radians, read from
 * IfcProject.UnitsInContext (SI units with prefixes and conversion-based units such as feet and degrees).
 */
public record UnitScales(double toMetres, double toRadians) {

    public static final UnitScales SI = new UnitScales(1, 1);

    public static UnitScales of(IfcModel model) {
        int[] projects = model.instancesOf("IfcProject");
        if (projects.length == 0) {
            return SI;
        }
        StepEntity project = model.entity(projects[0]);
        int assignment = StepValues.refOr0(project, 8);
        if (assignment == 0 || !model.contains(assignment)) {
            return SI;
        }
        double length = 1;
        double angle = 1;
        for (int unit : model.entity(assignment).refs(0)) {
            if (!model.contains(unit)) {
                continue;
            }
            StepEntity u = model.entity(unit);
            String type = unitType(model, u);
            if ("LENGTHUNIT".equals(type)) {
                length = factor(model, unit, 0);
            } else if ("PLANEANGLEUNIT".equals(type)) {
                angle = factor(model, unit, 0);
            }
        }
        return new UnitScales(length, angle);
    }

    private static String unitType(IfcModel model, StepEntity u) {
        String cls = model.className(u.id());
        if (cls.equals("IfcSIUnit")) {
            return u.enumValue(1);
        }
        if (cls.startsWith("IfcConversionBasedUnit")) {
            return u.enumValue(1);
        }
        return "";
    }

    /** Factor of a unit to SI base units (metre, radian). */
    static double factor(IfcModel model, int unitId, int depth) {
        if (depth > 8 || !model.contains(unitId)) {
            return 1;
        }
        StepEntity u = model.entity(unitId);
        String cls = model.className(unitId);
        if (cls.equals("IfcSIUnit")) {
            double f = 1;
            if (!u.isNull(2)) {
                f = prefix(u.enumValue(2));
            }
            return f;
        }
        if (cls.startsWith("IfcConversionBasedUnit")) {
            int measure = StepValues.refOr0(u, 3);
            if (measure == 0 || !model.contains(measure)) {
                return 1;
            }
            StepEntity m = model.entity(measure);
            double value = StepValues.number(m.attribute(0));
            StepValue unit = m.attribute(1);
            double base = unit instanceof StepValue.Ref r ? factor(model, r.id(), depth + 1) : 1;
            return value * base;
        }
        return 1;
    }

    private static double prefix(String p) {
        return switch (p) {
            case "EXA" -> 1e18;
            case "PETA" -> 1e15;
            case "TERA" -> 1e12;
            case "GIGA" -> 1e9;
            case "MEGA" -> 1e6;
            case "KILO" -> 1e3;
            case "HECTO" -> 1e2;
            case "DECA" -> 1e1;
            case "DECI" -> 1e-1;
            case "CENTI" -> 1e-2;
            case "MILLI" -> 1e-3;
            case "MICRO" -> 1e-6;
            case "NANO" -> 1e-9;
            case "PICO" -> 1e-12;
            case "FEMTO" -> 1e-15;
            case "ATTO" -> 1e-18;
            default -> 1;
        };
    }
}
