package org.plinth.ifc.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.ifc.IfcModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/**
 * {@code fixtures/ifc2x3-broken-relations.ifc}: IFC2X3 layouts, and relations to missing or wrongly
 * typed entities. Extraction goes on, and each problem is a warning naming the entity.
 */
class IfcExtractorBrokenInputTest {

    private static IfcExtraction x;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = IfcExtractorBrokenInputTest.class.getResourceAsStream(
                "/fixtures/ifc2x3-broken-relations.ifc");
                IfcModel model = IfcModel.of(StepReader.read(in, StepReadOptions.lenientDefaults()))) {
            x = new IfcExtractor(model).extractAll();
        }
    }

    @Test
    void everyReadableProductIsExtracted() {
        assertThat(x.header().schema()).isEqualTo("IFC2X3");
        assertThat(x.elements()).extracting(Element::uuid, Element::name, Element::tag).containsExactly(
                tuple("1Stor000000000000000001", "Level 1", null),
                tuple("3Wall000000000000000001", "Wall", "W1"),
                tuple("3Wall000000000000000002", "Wall with list", "W2"));
        assertThat(x.elements()).extracting(Element::container_uuid)
                .containsExactly("0Proj000000000000000001", "1Stor000000000000000001", "1Stor000000000000000001");
        assertThat(x.storeys().get(0).bimdata_elevation()).isEqualTo(2.5);
        assertThat(x.units()).extracting(Unit::name).containsExactly("METRE", "EUR");
    }

    @Test
    void ifc2x3ClassificationsAndMaterials() {
        Element wall = x.elements().get(1);
        assertThat(wall.classifications()).containsExactly(new Classification("UniFormat", "B2010", "Exterior Walls", "CSI"));
        assertThat(wall.material_list()).extracting(c -> c.material().name(), c -> c.option().thickness(),
                c -> c.option().set_name()).containsExactly(tuple("Concrete", 200.0, "Concrete 200"));
        assertThat(wall.property_sets()).singleElement().satisfies(s -> assertThat(s.properties())
                .extracting(p -> p.definition().name(), Property::value).containsExactly(tuple("LoadBearing", true)));
        Element listed = x.elements().get(2);
        assertThat(listed.material_list()).extracting(c -> c.material().name(), c -> c.option().kind())
                .containsExactly(tuple("Concrete", "list"), tuple("Plaster", "list"));
        assertThat(listed.classifications()).isEmpty();
    }

    @Test
    void eachProblemIsAWarningNamingTheEntity() {
        List<String> warnings = x.warnings();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("#61"));
        assertThat(warnings).contains(
                "property set refers to missing property #996",
                "property set #999 is missing",
                "#21 IfcWallStandardCase: is related as a property set but is not an IfcPropertySetDefinition",
                "#50 IfcMaterial: is associated as a classification but is not one",
                "material association refers to missing entity #998",
                "#60 IFCFOOBAR: is related as a property set but is not an IfcPropertySetDefinition");
    }
}
