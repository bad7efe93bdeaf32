package org.plinth.ifc.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.ifc.IfcModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/** Facts of the hand-written fixture {@code fixtures/ifc4-every-kind.ifc}, asserted value by value. */
class IfcExtractorTest {

    private static IfcModel model;
    private static IfcExtraction x;

    @BeforeAll
    static void extract() throws IOException {
        try (InputStream in = IfcExtractorTest.class.getResourceAsStream("/fixtures/ifc4-every-kind.ifc")) {
            model = IfcModel.of(StepReader.read(in, StepReadOptions.strict()));
        }
        x = new IfcExtractor(model).extractAll();
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void decodesEveryStringEscapeInNames() {
        assertThat(element("3Wall000000000000000001").name()).isEqualTo("Wall 'A' \u00c4ber");
        assertThat(element("3Wall000000000000000002").name()).isEqualTo("Wand \u00c4 \uD83D\uDE00");
        assertThat(x.buildings().get(0).name()).isEqualTo("Haus M\u00fcller");
        assertThat(x.spaces().get(0).longname()).isEqualTo("Wohnen & K\u00fcche");
    }

    @Test
    void readsHeaderFacts() {
        ModelHeader h = x.header();
        assertThat(h.schema()).isEqualTo("IFC4");
        assertThat(h.file_schema()).isEqualTo("IFC4");
        assertThat(h.authoring_application()).isEqualTo("Plinth Fixture Writer 1.0");
        assertThat(h.originating_system()).isEqualTo("Plinth fixture");
        assertThat(h.timestamp()).isEqualTo("2026-11-23T12:00:00");
        assertThat(h.project_name()).isEqualTo("Fixture project");
        assertThat(h.description()).containsExactly("ViewDefinition [ReferenceView_V1.2]");
        assertThat(x.warnings()).isEmpty();
    }

    @Test
    void convertsUnitsToSi() {
        Unit inch = unit("LENGTHUNIT");
        assertThat(inch.type()).isEqualTo("IfcConversionBasedUnit");
        assertThat(inch.name()).isEqualTo("INCH");
        assertThat(inch.conversion_factor()).isEqualTo(0.0254);
        assertThat(inch.conversion_baseunit().name()).isEqualTo("METRE");
        assertThat(inch.si_factor()).isEqualTo(0.0254);
        assertThat(inch.is_default()).isTrue();
        assertThat(inch.dimensions()).containsExactly(1, 0, 0, 0, 0, 0, 0);
        Unit area = unit("AREAUNIT");
        assertThat(area.prefix()).isEqualTo("MILLI");
        assertThat(area.si_factor()).isCloseTo(1e-6, within(1e-18)); // mm², the prefix applies to the metre
        assertThat(unit("PLANEANGLEUNIT").si_factor()).isCloseTo(Math.PI / 180, within(1e-15));
        assertThat(unit("MASSUNIT").si_factor()).isEqualTo(1.0); // KILO GRAM
        Unit u = unit("THERMALTRANSMITTANCEUNIT");
        assertThat(u.type()).isEqualTo("IfcDerivedUnit");
        assertThat(u.elements()).extracting(e -> e.unit().name() + "^" + e.exponent())
                .containsExactly("WATT^1", "METRE^-2", "KELVIN^-1");
        assertThat(u.dimensions()).containsExactly(0, 1, -3, 0, -1, 0, 0);
        assertThat(unit("MONETARYUNIT").name()).isEqualTo("EUR");
    }

    @Test
    void spatialTreeWithElevationsInMetres() {
        List<SpatialNode> roots = x.structure();
        assertThat(roots).singleElement().satisfies(p -> {
            assertThat(p.type()).isEqualTo("IfcProject");
            assertThat(p.longname()).isEqualTo("Long project");
        });
        SpatialNode building = roots.get(0).children().get(0).children().get(0);
        assertThat(building.type()).isEqualTo("IfcBuilding");
        assertThat(building.children()).extracting(SpatialNode::name)
                .containsExactly("Erdgeschoss", "Obergeschoss", "Dach");
        assertThat(building.children().get(0).children()).extracting(SpatialNode::name).containsExactly("R 1.01");
        assertThat(x.storeys()).extracting(Storey::name, Storey::elevation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Erdgeschoss", 0.0),
                        org.assertj.core.groups.Tuple.tuple("Obergeschoss", 120.0),
                        org.assertj.core.groups.Tuple.tuple("Dach", null));
        assertThat(x.storeys().get(1).bimdata_elevation()).isCloseTo(3.048, within(1e-12));
        // no Elevation attribute: the placement's height is used
        assertThat(x.storeys().get(2).bimdata_elevation()).isCloseTo(3.048, within(1e-12));
        assertThat(x.storeys()).extracting(Storey::building_uuid).containsOnly("1Bldg000000000000000001");
        assertThat(x.buildings().get(0).bimdata_elevation()).isCloseTo(12 * 0.0254, within(1e-12));
        assertThat(x.spaces().get(0).storey_uuid()).isEqualTo("1Stor000000000000000001");
    }

    @Test
    void productsCarryTheirAttributesAndContainer() {
        Element wall = element("3Wall000000000000000001");
        assertThat(wall.type()).isEqualTo("IfcWall");
        assertThat(wall.object_type()).isEqualTo("Exterior");
        assertThat(wall.tag()).isEqualTo("W-1");
        assertThat(wall.predefined_type()).isEqualTo("SOLIDWALL");
        assertThat(wall.container_uuid()).isEqualTo("1Stor000000000000000001");
        assertThat(wall.type_uuid()).isEqualTo("3WTy0000000000000000001");
        assertThat(wall.step_id()).isEqualTo(61);
        assertThat(wall.attributes().properties()).extracting(p -> p.definition().name())
                .containsExactly("GlobalId", "Name", "ObjectType", "Tag", "PredefinedType");
        assertThat(element("3Door000000000000000001").container_uuid()).isEqualTo("1Stor000000000000000002");
        assertThat(element("1Spac000000000000000001").container_uuid()).isEqualTo("1Stor000000000000000001");
        assertThat(x.elements()).hasSize(9);
        assertThat(x.types()).singleElement().satisfies(t -> {
            assertThat(t.type()).isEqualTo("IfcWallType");
            assertThat(t.tag()).isEqualTo("WT-240");
            assertThat(t.predefined_type()).isEqualTo("SOLIDWALL");
            assertThat(t.property_sets()).extracting(PropertySet::name)
                    .containsExactly("Pset_WallCommon", "Plinth_TypeOnly");
        });
    }

    @Test
    void instanceValuesOverrideTypeValues() {
        Element wall = element("3Wall000000000000000001");
        assertThat(wall.property_sets()).extracting(PropertySet::name)
                .containsExactly("Pset_WallCommon", "Qto_WallBaseQuantities", "Plinth_TypeOnly");
        PropertySet common = set(wall, "Pset_WallCommon");
        assertThat(common.properties()).extracting(p -> p.definition().name(), Property::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IsExternal", false),
                org.assertj.core.groups.Tuple.tuple("Reference", "W240"),
                org.assertj.core.groups.Tuple.tuple("FireRating", "EI60"),
                org.assertj.core.groups.Tuple.tuple("ThermalTransmittance", 0.24));
        assertThat(property(common, "ThermalTransmittance").definition().unit().unit_type())
                .isEqualTo("THERMALTRANSMITTANCEUNIT");
        // the other wall has no instance Pset_WallCommon: it gets the type's set unchanged
        Element other = element("3Wall000000000000000002");
        assertThat(value(set(other, "Pset_WallCommon"), "IsExternal")).isEqualTo(true);
        assertThat(value(set(other, "Plinth_TypeOnly"), "Manufacturer")).isEqualTo("Acme");
    }

    @Test
    void readsEveryPropertyKind() {
        PropertySet kinds = set(element("3Wall000000000000000002"), "Plinth_AllKinds");
        assertThat(kinds.description()).isEqualTo("every property kind");
        Property width = property(kinds, "Width");
        assertThat(width.definition().type()).isEqualTo("IfcPropertySingleValue");
        assertThat(width.definition().value_type()).isEqualTo("IfcLengthMeasure");
        assertThat(width.definition().unit().name()).isEqualTo("INCH"); // project default for lengths
        assertThat(width.value()).isEqualTo(10.0);
        Property finish = property(kinds, "Finish");
        assertThat(finish.definition().type()).isEqualTo("IfcPropertyEnumeratedValue");
        assertThat(finish.definition().value_type()).isEqualTo("IfcLabel");
        assertThat(finish.value()).isEqualTo("GLOSS");
        Property layers = property(kinds, "Layers");
        assertThat(layers.definition().type()).isEqualTo("IfcPropertyListValue");
        assertThat(layers.definition().unit().name()).isEqualTo("METRE"); // its own unit wins
        assertThat(layers.value()).isEqualTo(List.of(1.5, 2.5));
        Property bounded = property(kinds, "Temperature");
        assertThat(bounded.definition().type()).isEqualTo("IfcPropertyBoundedValue");
        assertThat(bounded.definition().unit().name()).isEqualTo("KELVIN");
        assertThat(bounded.value()).isEqualTo(Map.of("lower", 280.0, "upper", 300.0, "set_point", 293.0));
        Property table = property(kinds, "Curve");
        assertThat(table.definition().type()).isEqualTo("IfcPropertyTableValue");
        assertThat(table.value()).isEqualTo(List.of(List.of(0.0, 10.0), List.of(1.0, 20.0)));
        Property reference = property(kinds, "Supplier");
        assertThat(reference.definition().type()).isEqualTo("IfcPropertyReferenceValue");
        assertThat(reference.definition().value_type()).isEqualTo("IfcOrganization");
        assertThat(reference.value()).isEqualTo("Plinth");
        assertThat(property(kinds, "Anchor.Length").value()).isEqualTo(2.0);
        assertThat(property(kinds, "Anchor.Count").value()).isEqualTo(3L);
        assertThat(property(kinds, "Anchor.Count").definition().value_type()).isEqualTo("IfcInteger");
    }

    @Test
    void readsEveryQuantityKindWithProjectUnits() {
        PropertySet q = set(element("3Wall000000000000000001"), "Qto_WallBaseQuantities");
        assertThat(q.type()).isEqualTo("IfcElementQuantity");
        assertThat(q.properties()).extracting(p -> p.definition().type(), p -> p.definition().value_type(),
                Property::value).containsExactly(
                org.assertj.core.groups.Tuple.tuple("IfcQuantityLength", "IfcLengthMeasure", 120.0),
                org.assertj.core.groups.Tuple.tuple("IfcQuantityArea", "IfcAreaMeasure", 15.5),
                org.assertj.core.groups.Tuple.tuple("IfcQuantityVolume", "IfcVolumeMeasure", 3.75),
                org.assertj.core.groups.Tuple.tuple("IfcQuantityCount", "IfcCountMeasure", 2.0),
                org.assertj.core.groups.Tuple.tuple("IfcQuantityWeight", "IfcMassMeasure", 1500.0),
                org.assertj.core.groups.Tuple.tuple("IfcQuantityTime", "IfcTimeMeasure", 3600.0));
        assertThat(q.properties()).extracting(p -> p.definition().unit() == null ? null : p.definition().unit().name())
                .containsExactly("INCH", "SQUARE_METRE", "CUBIC_METRE", null, "GRAM", "SECOND");
    }

    @Test
    void classificationsOfElementOrItsType() {
        Classification uniclass = new Classification("Uniclass 2015", "EF_25_10", "Walls", "NBS");
        assertThat(element("3Wall000000000000000001").classifications()).containsExactly(uniclass);
        assertThat(element("3Wall000000000000000002").classifications()).containsExactly(uniclass);
        assertThat(element("3Door000000000000000001").classifications()).isEmpty();
    }

    @Test
    void materialsWithLayersConstituentsAndTypeFallback() {
        List<MaterialListComponent> layers = element("3Wall000000000000000001").material_list();
        assertThat(layers).extracting(c -> c.material().name(), c -> c.option().thickness(), c -> c.option().kind(),
                c -> c.option().set_name()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Brick", 4.0, "layer", "Cavity wall"),
                org.assertj.core.groups.Tuple.tuple("Insulation", 6.0, "layer", "Cavity wall"));
        assertThat(layers.get(0).option().name()).isEqualTo("Outer leaf");
        assertThat(element("3Wall000000000000000002").material_list()).singleElement()
                .satisfies(c -> assertThat(c.option().kind()).isEqualTo("single"));
        MaterialListComponent frame = element("3Door000000000000000001").material_list().get(0);
        assertThat(frame.option().fraction()).isEqualTo(0.25);
        assertThat(frame.option().set_name()).isEqualTo("Door set");
        assertThat(frame.material().category()).isEqualTo("Masonry");
        assertThat(frame.material().property_sets().get(0).properties().get(0).value()).isEqualTo(1800.0);
        assertThat(x.materials()).extracting(Material::name).containsExactly("Brick", "Insulation");
    }

    @Test
    void systemsZonesGroupsAndLayers() {
        assertThat(x.systems()).singleElement().satisfies(s -> {
            assertThat(s.type()).isEqualTo("IfcDistributionSystem");
            assertThat(s.name()).isEqualTo("Heating");
            assertThat(s.object_type()).isEqualTo("Heating system");
            assertThat(s.elements()).containsExactly("3Door000000000000000001");
        });
        assertThat(x.zones()).singleElement().satisfies(z -> {
            assertThat(z.name()).isEqualTo("Ground floor");
            assertThat(z.zones()).singleElement().satisfies(inner -> {
                assertThat(inner.name()).isEqualTo("Living");
                assertThat(inner.spaces()).containsExactly(
                        new ZoneSpace("1Spac000000000000000001", "R 1.01", "Wohnen & K\u00fcche"));
            });
        });
        assertThat(x.groups()).singleElement().satisfies(g -> assertThat(g.elements())
                .containsExactly("3Wall000000000000000001", "3Wall000000000000000002"));
        assertThat(x.layers()).containsExactly(new Layer("A-WALL", "L1", "walls", List.of("3Wall000000000000000001")));
        assertThat(element("3Wall000000000000000001").layers()).containsExactly(new LayerElement("A-WALL", "L1", "walls"));
    }

    @Test
    void georeferencing() {
        Georeference g = x.georeference();
        assertThat(g.eastings()).isEqualTo(458000.5);
        assertThat(g.northings()).isEqualTo(5438000.25);
        assertThat(g.orthogonal_height()).isEqualTo(100.0);
        assertThat(g.x_axis_abscissa()).isEqualTo(0.9998);
        assertThat(g.x_axis_ordinate()).isEqualTo(0.0175);
        assertThat(g.crs_name()).isEqualTo("EPSG:25832");
        assertThat(g.geodetic_datum()).isEqualTo("ETRS89");
        assertThat(g.map_projection()).isEqualTo("UTM");
        assertThat(g.map_zone()).isEqualTo("32N");
        assertThat(g.latitude()).isCloseTo(48 + 8 / 60.0 + 30.5 / 3600, within(1e-12));
        assertThat(g.longitude()).isCloseTo(-(11 + 34 / 60.0 + 15 / 3600.0), within(1e-12));
        assertThat(g.elevation()).isEqualTo(520.0);
    }

    private static Unit unit(String unitType) {
        Optional<Unit> u = x.units().stream().filter(v -> v.is_default() && unitType.equals(v.unit_type())).findFirst();
        assertThat(u).as("project unit %s", unitType).isPresent();
        return u.get();
    }

    static Element element(String uuid) {
        return x.elements().stream().filter(e -> uuid.equals(e.uuid())).findFirst().orElseThrow();
    }

    static PropertySet set(Element e, String name) {
        return e.property_sets().stream().filter(s -> name.equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError(e.uuid() + " has no set " + name));
    }

    static Property property(PropertySet s, String name) {
        return s.properties().stream().filter(p -> name.equals(p.definition().name())).findFirst()
                .orElseThrow(() -> new AssertionError(s.name() + " has no property " + name));
    }

    static Object value(PropertySet s, String name) {
        return property(s, name).value();
    }
}
