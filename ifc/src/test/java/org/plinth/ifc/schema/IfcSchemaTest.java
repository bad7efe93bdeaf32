package org.plinth.ifc.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IfcSchemaTest {

    private final IfcSchema ifc2x3 = IfcSchema.forName("IFC2X3");
    private final IfcSchema ifc4 = IfcSchema.forName("IFC4");
    private final IfcSchema ifc4x3 = IfcSchema.forName("IFC4X3_ADD2");

    @Test
    void resolvesFileSchemaNames() {
        assertThat(IfcSchema.forName("ifc4x3_rc2")).isSameAs(ifc4x3);
        assertThat(IfcSchema.forName("IFC4X3")).isSameAs(ifc4x3);
        assertThat(IfcSchema.forName("IFC4")).isSameAs(ifc4);
        assertThat(IfcSchema.forName("IFC4_ADD2")).isSameAs(ifc4);
        assertThat(ifc4x3.name()).isEqualTo("IFC4X3");
        assertThat(ifc4x3.expressName()).isEqualTo("IFC4X3_ADD2");
        assertThat(IfcSchema.find("IFC2X2_FINAL")).isEmpty();
        assertThatThrownBy(() -> IfcSchema.forName("CONFIG_CONTROL_DESIGN"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CONFIG_CONTROL_DESIGN");
    }

    @Test
    void wallSupertypeChainFollowsTheExpressFiles() {
        assertThat(chain(ifc4, "IFCWALL")).containsExactly("IfcWall", "IfcBuildingElement", "IfcElement",
                "IfcProduct", "IfcObject", "IfcObjectDefinition", "IfcRoot");
        assertThat(chain(ifc4x3, "IfcWall")).containsExactly("IfcWall", "IfcBuiltElement", "IfcElement",
                "IfcProduct", "IfcObject", "IfcObjectDefinition", "IfcRoot");
        assertThat(ifc4.isAbstract(ifc4.entityCode("IfcRoot"))).isTrue();
        assertThat(ifc4.isAbstract(ifc4.entityCode("IfcWall"))).isFalse();
    }

    @Test
    void subtypeTestIsReflexiveAndTransitive() {
        int product = ifc2x3.entityCode("IfcProduct");
        assertThat(ifc2x3.isSubtypeOf(ifc2x3.entityCode("IfcWallStandardCase"), product)).isTrue();
        assertThat(ifc2x3.isSubtypeOf(ifc2x3.entityCode("IfcBuildingStorey"), product)).isTrue();
        assertThat(ifc2x3.isSubtypeOf(product, product)).isTrue();
        assertThat(ifc2x3.isSubtypeOf(ifc2x3.entityCode("IfcPropertySet"), product)).isFalse();
        assertThat(ifc2x3.isSubtypeOf(ifc2x3.entityCode("IfcObject"), product)).isFalse();
        assertThat(ifc2x3.isSubtypeOf(-1, product)).isFalse();
        // every entity of every schema agrees with walking the supertype chain
        for (IfcSchema schema : List.of(ifc2x3, ifc4, ifc4x3)) {
            for (int a = 0; a < schema.entityCount(); a++) {
                for (int s = a; s >= 0; s = schema.supertype(s)) {
                    assertThat(schema.isSubtypeOf(a, s)).isTrue();
                }
                int root = schema.entityCode("IfcRoot");
                boolean underRoot = false;
                for (int s = a; s >= 0; s = schema.supertype(s)) {
                    underRoot |= s == root;
                }
                assertThat(schema.isSubtypeOf(a, root)).as(schema.entityName(a)).isEqualTo(underRoot);
            }
        }
    }

    @Test
    void attributesIncludeInheritedOnesInInstanceOrder() {
        assertThat(ifc2x3.attributeCount(ifc2x3.entityCode("IfcWallStandardCase"))).isEqualTo(8);
        assertThat(ifc4.attributeCount(ifc4.entityCode("IfcWallStandardCase"))).isEqualTo(9);
        assertThat(ifc4.attributes(ifc4.entityCode("IfcWall")).get(8))
                .isEqualTo(new IfcAttribute("PredefinedType", "IfcWallTypeEnum", true));
        assertThat(ifc2x3.attributes(ifc2x3.entityCode("IfcPropertySingleValue")))
                .extracting(IfcAttribute::name).containsExactly("Name", "Description", "NominalValue", "Unit");
        assertThat(ifc4.attributeIndex(ifc4.entityCode("IfcPropertySingleValue"), "NominalValue")).isEqualTo(2);
        assertThat(ifc4.attributes(ifc4.entityCode("IfcPropertyTableValue")).get(2).type())
                .isEqualTo("LIST [1:?] OF UNIQUE IfcValue");
        // a DERIVE redeclaring Dimensions does not add a slot: IfcSIUnit(*,.LENGTHUNIT.,.MILLI.,.METRE.)
        assertThat(ifc4.attributes(ifc4.entityCode("IfcSIUnit"))).extracting(IfcAttribute::name)
                .containsExactly("Dimensions", "UnitType", "Prefix", "Name");
        assertThat(ifc4.requireAttributeIndex("IfcBuildingStorey", "Elevation")).isEqualTo(9);
        assertThatThrownBy(() -> ifc4.requireAttributeIndex("IfcWall", "Height"))
                .hasMessageContaining("IfcWall.Height");
    }

    @Test
    void inverseAttributesAreInherited() {
        assertThat(ifc4.inverseAttributes(ifc4.entityCode("IfcWall")))
                .contains(new IfcInverseAttribute("IsDecomposedBy", "IfcRelAggregates", "RelatingObject", "SET [0:?]"),
                        new IfcInverseAttribute("ContainedInStructure", "IfcRelContainedInSpatialStructure",
                                "RelatedElements", "SET [0:1]"));
    }

    @Test
    void enumerationsSelectsAndDefinedTypes() {
        assertThat(ifc4.enumerationValues("IfcWallTypeEnum")).containsExactly("MOVABLE", "PARAPET",
                "PARTITIONING", "PLUMBINGWALL", "SHEAR", "SOLIDWALL", "STANDARD", "POLYGONAL", "ELEMENTEDWALL",
                "USERDEFINED", "NOTDEFINED");
        assertThat(ifc4.selectMembers("IfcValue")).containsExactly("IfcDerivedMeasureValue", "IfcMeasureValue",
                "IfcSimpleValue");
        assertThat(ifc4.definedType("IfcLabel")).contains("STRING(255)");
        assertThat(ifc2x3.definedType("IfcGloballyUniqueId")).contains("STRING(22) FIXED");
        assertThat(ifc4.enumerationValues("NoSuchEnum")).isEmpty();
    }

    @Test
    void onlyIfc4x3KnowsAlignments() {
        assertThat(ifc4x3.entityCode("IfcAlignment")).isNotNegative();
        assertThat(ifc4.entityCode("IfcAlignment")).isEqualTo(-1);
        assertThat(ifc2x3.entityCode("IfcAlignment")).isEqualTo(-1);
        assertThat(ifc4x3.isSubtypeOf(ifc4x3.entityCode("IfcAlignment"), ifc4x3.entityCode("IfcProduct"))).isTrue();
        assertThat(ifc2x3.entityCount()).isEqualTo(653);
        assertThat(ifc4.entityCount()).isEqualTo(776);
        assertThat(ifc4x3.entityCount()).isEqualTo(876);
    }

    private static List<String> chain(IfcSchema schema, String name) {
        List<String> names = new ArrayList<>();
        for (int c = schema.entityCode(name); c >= 0; c = schema.supertype(c)) {
            names.add(schema.entityName(c));
        }
        return names;
    }
}
