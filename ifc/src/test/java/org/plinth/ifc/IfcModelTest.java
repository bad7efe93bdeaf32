package org.plinth.ifc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

class IfcModelTest {

    private static IfcModel fixture() throws IOException {
        try (InputStream in = IfcModelTest.class.getResourceAsStream("/fixtures/ifc4-every-kind.ifc")) {
            return IfcModel.of(StepReader.read(in, StepReadOptions.strict()));
        }
    }

    @Test
    void mapsFileTypesToSchemaCodes() throws IOException {
        try (IfcModel model = fixture()) {
            assertThat(model.schema().name()).isEqualTo("IFC4");
            assertThat(model.className(61)).isEqualTo("IfcWall");
            assertThat(model.isA(61, model.schema().entityCode("IfcProduct"))).isTrue();
            assertThat(model.isA(70, model.schema().entityCode("IfcProduct"))).isFalse();
            assertThat(model.instancesOf("IfcBuildingStorey")).containsExactly(46, 47, 48);
            assertThat(model.instancesOf("IfcSpatialStructureElement")).containsExactly(41, 42, 46, 47, 48, 52);
            assertThat(model.instancesOf("IfcAlignment")).isEmpty();
            assertThat(model.schemaCode(12345)).isEqualTo(-1);
            assertThat(model.position(61)).isEqualTo(model.position(60) + 1);
            assertThat(model.idAt(model.position(61))).isEqualTo(61);
        }
    }

    @Test
    void typedViewReadsAttributesByName() throws IOException {
        try (IfcModel model = fixture()) {
            IfcEntity storey = model.get(47);
            assertThat(storey.className()).isEqualTo("IfcBuildingStorey");
            assertThat(storey.isA("IfcSpatialElement")).isTrue();
            assertThat(storey.string("Name")).contains("Obergeschoss");
            assertThat(storey.number("Elevation")).contains(120.0);
            assertThat(storey.enumValue("CompositionType")).contains("ELEMENT");
            assertThat(storey.string("LongName")).isEmpty();
            assertThat(storey.follow("ObjectPlacement")).hasValueSatisfying(
                    p -> assertThat(p.className()).isEqualTo("IfcLocalPlacement"));
            assertThat(model.get(90).refs("HasProperties")).containsExactly(91, 93, 94, 95, 96, 97, 100);
            assertThatThrownBy(() -> storey.attribute("Height")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("IfcBuildingStorey #47 has no attribute Height");
        }
    }

    @Test
    void rejectsUnsupportedSchemas() {
        String ifc = "ISO-10303-21;HEADER;FILE_DESCRIPTION((''),'2;1');FILE_NAME('','',(''),(''),'','','');"
                + "FILE_SCHEMA(('IFC2X2_FINAL'));ENDSEC;DATA;#1=IFCPERSON($,$,$,$,$,$,$,$);ENDSEC;END-ISO-10303-21;";
        var step = StepReader.read(ifc.getBytes(StandardCharsets.US_ASCII), StepReadOptions.strict());
        assertThatThrownBy(() -> IfcModel.of(step)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("IFC2X2_FINAL");
        step.close();
    }
}
