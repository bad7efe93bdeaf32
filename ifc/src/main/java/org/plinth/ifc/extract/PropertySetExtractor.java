package org.plinth.ifc.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plinth.ifc.schema.IfcAttribute;
import org.plinth.step.StepValue;

/**
 * Property sets, quantity sets and predefined property sets (IfcDoorLiningProperties, ...) into
 * {@link PropertySet} records, with every property kind IFC has: single, enumerated, bounded,
 * list, table, reference and complex values, and length/area/volume/count/weight/time (and
 * number) quantities. Units come from the property itself, else from the project's default for
 * the value's measure type.
 */
final class PropertySetExtractor {

    private final ExtractionContext ctx;
    private final UnitExtractor units;

    private final int propertySet;
    private final int elementQuantity;
    private final int propertySetDefinition;
    private final int singleValue;
    private final int enumeratedValue;
    private final int boundedValue;
    private final int listValue;
    private final int tableValue;
    private final int referenceValue;
    private final int complexProperty;
    private final int simpleQuantity;
    private final int complexQuantity;

    private final int psetProperties;
    private final int quantitySetQuantities;
    private final int boundedUpper;
    private final int boundedLower;
    private final int boundedUnit;
    private final int boundedSetPoint;
    private final int tableDefining;
    private final int tableDefined;
    private final int tableDefiningUnit;
    private final int tableDefinedUnit;
    private final int complexParts;
    private final int complexQuantityParts;

    PropertySetExtractor(ExtractionContext ctx, UnitExtractor units) {
        this.ctx = ctx;
        this.units = units;
        propertySet = ctx.code("IfcPropertySet");
        elementQuantity = ctx.code("IfcElementQuantity");
        propertySetDefinition = ctx.code("IfcPropertySetDefinition");
        singleValue = ctx.code("IfcPropertySingleValue");
        enumeratedValue = ctx.code("IfcPropertyEnumeratedValue");
        boundedValue = ctx.code("IfcPropertyBoundedValue");
        listValue = ctx.code("IfcPropertyListValue");
        tableValue = ctx.code("IfcPropertyTableValue");
        referenceValue = ctx.code("IfcPropertyReferenceValue");
        complexProperty = ctx.code("IfcComplexProperty");
        simpleQuantity = ctx.code("IfcPhysicalSimpleQuantity");
        complexQuantity = ctx.code("IfcPhysicalComplexQuantity");
        psetProperties = ctx.index("IfcPropertySet", "HasProperties");
        quantitySetQuantities = ctx.index("IfcElementQuantity", "Quantities");
        boundedUpper = ctx.index("IfcPropertyBoundedValue", "UpperBoundValue");
        boundedLower = ctx.index("IfcPropertyBoundedValue", "LowerBoundValue");
        boundedUnit = ctx.index("IfcPropertyBoundedValue", "Unit");
        boundedSetPoint = ctx.index("IfcPropertyBoundedValue", "SetPointValue");
        tableDefining = ctx.index("IfcPropertyTableValue", "DefiningValues");
        tableDefined = ctx.index("IfcPropertyTableValue", "DefinedValues");
        tableDefiningUnit = ctx.index("IfcPropertyTableValue", "DefiningUnit");
        tableDefinedUnit = ctx.index("IfcPropertyTableValue", "DefinedUnit");
        complexParts = ctx.index("IfcComplexProperty", "HasProperties");
        complexQuantityParts = ctx.index("IfcPhysicalComplexQuantity", "HasQuantities");
    }

    /** One property set definition; null (with a warning) when the id is not one. */
    PropertySet propertySet(int id) {
        int code = ctx.model.schemaCode(id);
        if (!ctx.schema.isSubtypeOf(code, propertySetDefinition)) {
            ctx.warn(id, "is related as a property set but is not an IfcPropertySetDefinition");
            return null;
        }
        List<StepValue> a = ctx.attributes(id);
        String name = ExtractionContext.string(a, 2);
        String description = ExtractionContext.string(a, 3);
        String type = ctx.schema.entityName(code);
        List<Property> properties = new ArrayList<>();
        if (ctx.schema.isSubtypeOf(code, propertySet)) {
            for (int p : ExtractionContext.refs(a, psetProperties)) {
                property(p, "", properties, 0);
            }
        } else if (ctx.schema.isSubtypeOf(code, elementQuantity)) {
            for (int q : ExtractionContext.refs(a, quantitySetQuantities)) {
                property(q, "", properties, 0);
            }
        } else {
            // predefined property sets: their explicit attributes after Description are the properties
            List<IfcAttribute> declared = ctx.schema.attributes(code);
            for (int i = 4; i < a.size() && i < declared.size(); i++) {
                StepValue v = a.get(i);
                if (ExtractionContext.isSimple(v)) {
                    String valueType = ctx.valueType(v);
                    if (valueType == null) {
                        valueType = declared.get(i).type();
                    }
                    properties.add(new Property(new PropertyDefinition(declared.get(i).name(), null, "IfcAttribute",
                            valueType, units.defaultFor(valueType)), ExtractionContext.toJava(v)));
                }
            }
        }
        return new PropertySet(name, description, type, List.copyOf(properties));
    }

    private void property(int id, String prefix, List<Property> out, int depth) {
        if (depth > 8 || !ctx.model.contains(id)) {
            if (id > 0 && depth <= 8) {
                ctx.warn(0, "property set refers to missing property #" + id);
            }
            return;
        }
        int code = ctx.model.schemaCode(id);
        List<StepValue> a = ctx.attributes(id);
        String type = ctx.model.className(id);
        String name = prefix + nullToEmpty(ExtractionContext.string(a, 0));
        String description = ExtractionContext.string(a, 1);
        if (ctx.schema.isSubtypeOf(code, singleValue)) {
            StepValue v = ExtractionContext.at(a, 2);
            String valueType = ctx.valueType(v);
            out.add(new Property(definition(name, description, type, valueType, ExtractionContext.ref(a, 3)),
                    ExtractionContext.toJava(v)));
        } else if (ctx.schema.isSubtypeOf(code, enumeratedValue)) {
            List<StepValue> values = ExtractionContext.list(a, 2);
            String valueType = values.isEmpty() ? null : ctx.valueType(values.get(0));
            int unitId = 0;
            int enumeration = ExtractionContext.ref(a, 3);
            if (enumeration > 0) {
                unitId = ExtractionContext.ref(ctx.attributes(enumeration), 2);
            }
            out.add(new Property(definition(name, description, type, valueType, unitId), oneOrList(values)));
        } else if (ctx.schema.isSubtypeOf(code, boundedValue)) {
            StepValue upper = ExtractionContext.at(a, boundedUpper);
            StepValue lower = ExtractionContext.at(a, boundedLower);
            StepValue setPoint = ExtractionContext.at(a, boundedSetPoint);
            String valueType = ctx.valueType(upper);
            if (valueType == null) {
                valueType = ctx.valueType(lower);
            }
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("lower", ExtractionContext.toJava(lower));
            value.put("upper", ExtractionContext.toJava(upper));
            if (boundedSetPoint >= 0) {
                value.put("set_point", ExtractionContext.toJava(setPoint));
            }
            out.add(new Property(definition(name, description, type, valueType, ExtractionContext.ref(a, boundedUnit)),
                    value));
        } else if (ctx.schema.isSubtypeOf(code, listValue)) {
            List<StepValue> values = ExtractionContext.list(a, 2);
            String valueType = values.isEmpty() ? null : ctx.valueType(values.get(0));
            out.add(new Property(definition(name, description, type, valueType, ExtractionContext.ref(a, 3)),
                    ExtractionContext.toJava(ExtractionContext.at(a, 2))));
        } else if (ctx.schema.isSubtypeOf(code, tableValue)) {
            List<StepValue> defining = ExtractionContext.list(a, tableDefining);
            List<StepValue> defined = ExtractionContext.list(a, tableDefined);
            List<Object> rows = new ArrayList<>(defining.size());
            for (int i = 0; i < defining.size(); i++) {
                List<Object> row = new ArrayList<>(2);
                row.add(ExtractionContext.toJava(defining.get(i)));
                row.add(i < defined.size() ? ExtractionContext.toJava(defined.get(i)) : null);
                rows.add(row);
            }
            String valueType = defined.isEmpty() ? null : ctx.valueType(defined.get(0));
            int unitId = ExtractionContext.ref(a, tableDefinedUnit);
            if (unitId == 0) {
                unitId = ExtractionContext.ref(a, tableDefiningUnit);
            }
            out.add(new Property(definition(name, description, type, valueType, unitId), rows));
        } else if (ctx.schema.isSubtypeOf(code, referenceValue)) {
            int target = ExtractionContext.ref(a, 3);
            String valueType = target > 0 && ctx.model.contains(target) ? ctx.model.className(target) : null;
            out.add(new Property(new PropertyDefinition(name, description, type, valueType, null),
                    referenceText(target)));
        } else if (ctx.schema.isSubtypeOf(code, complexProperty)) {
            for (int part : ExtractionContext.refs(a, complexParts)) {
                property(part, name + ".", out, depth + 1);
            }
        } else if (ctx.schema.isSubtypeOf(code, simpleQuantity)) {
            String valueType = quantityValueType(type);
            StepValue v = ExtractionContext.at(a, 3);
            out.add(new Property(definition(name, description, type, valueType, ExtractionContext.ref(a, 2)),
                    ExtractionContext.toJava(v)));
        } else if (ctx.schema.isSubtypeOf(code, complexQuantity)) {
            for (int part : ExtractionContext.refs(a, complexQuantityParts)) {
                property(part, name + ".", out, depth + 1);
            }
        } else {
            ctx.warn(id, "is not a property or quantity this extractor knows");
        }
    }

    /** IFC4 IfcMaterialProperties: a named list of properties attached to a material. */
    PropertySet materialProperties(String name, String description, int[] propertyIds) {
        List<Property> properties = new ArrayList<>();
        for (int p : propertyIds) {
            property(p, "", properties, 0);
        }
        return new PropertySet(name, description, "IfcMaterialProperties", List.copyOf(properties));
    }

    private PropertyDefinition definition(String name, String description, String type, String valueType, int unitId) {
        Unit unit = unitId > 0 ? units.unit(unitId) : units.defaultFor(valueType);
        return new PropertyDefinition(name, description, type, valueType, unit);
    }

    /** A reference value as text: the referenced entity's Name (or its first string attribute), else its class. */
    private String referenceText(int target) {
        if (target <= 0 || !ctx.model.contains(target)) {
            return null;
        }
        int code = ctx.model.schemaCode(target);
        List<StepValue> a = ctx.attributes(target);
        int nameIndex = code < 0 ? -1 : ctx.schema.attributeIndex(code, "Name");
        String text = ExtractionContext.string(a, nameIndex);
        if (text == null) {
            for (StepValue v : a) {
                if (v instanceof StepValue.Str s) {
                    return s.value();
                }
            }
            return ctx.model.className(target);
        }
        return text;
    }

    private static String quantityValueType(String quantityClass) {
        switch (quantityClass) {
            case "IfcQuantityLength":
                return "IfcLengthMeasure";
            case "IfcQuantityArea":
                return "IfcAreaMeasure";
            case "IfcQuantityVolume":
                return "IfcVolumeMeasure";
            case "IfcQuantityCount":
                return "IfcCountMeasure";
            case "IfcQuantityWeight":
                return "IfcMassMeasure";
            case "IfcQuantityTime":
                return "IfcTimeMeasure";
            case "IfcQuantityNumber":
                return "IfcNumericMeasure";
            default:
                return null;
        }
    }

    private static Object oneOrList(List<StepValue> values) {
        if (values.size() == 1) {
            return ExtractionContext.toJava(values.get(0));
        }
        List<Object> out = new ArrayList<>(values.size());
        for (StepValue v : values) {
            out.add(ExtractionContext.toJava(v));
        }
        return out;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /**
     * Type sets under instance sets, as IFC defines: a type set whose name the instance also has is
     * merged property by property (the instance's value wins); other type sets are added as they are.
     */
    static List<PropertySet> merge(List<PropertySet> instance, List<PropertySet> type) {
        if (type.isEmpty()) {
            return instance;
        }
        if (instance.isEmpty()) {
            return type;
        }
        List<PropertySet> result = new ArrayList<>(instance);
        for (PropertySet typeSet : type) {
            int same = -1;
            for (int i = 0; i < result.size(); i++) {
                if (equalNames(result.get(i).name(), typeSet.name())) {
                    same = i;
                    break;
                }
            }
            if (same < 0) {
                result.add(typeSet);
                continue;
            }
            PropertySet own = result.get(same);
            List<Property> merged = new ArrayList<>(own.properties());
            for (Property p : typeSet.properties()) {
                boolean overridden = false;
                for (Property mine : own.properties()) {
                    if (equalNames(mine.definition().name(), p.definition().name())) {
                        overridden = true;
                        break;
                    }
                }
                if (!overridden) {
                    merged.add(p);
                }
            }
            result.set(same, new PropertySet(own.name(), own.description(), own.type(), List.copyOf(merged)));
        }
        return List.copyOf(result);
    }

    private static boolean equalNames(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
