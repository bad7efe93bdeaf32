package org.plinth.ifc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.extract.Classification;
import org.plinth.ifc.extract.Element;
import org.plinth.ifc.extract.IfcExtraction;
import org.plinth.ifc.extract.IfcExtractor;
import org.plinth.ifc.extract.PropertySet;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/** Export with edits, then re-import: exactly the edits show, nothing else changes. */
class IfcEditApplierTest {

    private static final String WALL_1 = "3Wall000000000000000001";
    private static final String WALL_2 = "3Wall000000000000000002";
    private static final String WALL_TYPE = "3WTy0000000000000000001";
    private static final String DOOR = "3Door000000000000000001";

    @Test
    void reimportShowsExactlyTheEdits() throws IOException {
        byte[] original = fixture();
        IfcExtraction before = extract(original);
        List<IfcEdit> edits = List.of(
                new IfcEdit.Rename(WALL_1, "Renamed wall \u00e9"),
                new IfcEdit.SetProperty(WALL_1, "Pset_WallCommon", "FireRating", "EI90", null),
                new IfcEdit.SetProperty(WALL_2, "Plinth_AllKinds", "Width", 12.0, null),
                new IfcEdit.RemoveProperty(WALL_2, "Plinth_AllKinds", "Finish"),
                new IfcEdit.SetProperty(WALL_2, "Plinth_New", "Note", "hello", null),
                new IfcEdit.RemovePropertySet(WALL_1, "Qto_WallBaseQuantities"),
                new IfcEdit.AddClassification(DOOR, new Classification("Uniclass 2015", "Pr_30_59", "Doors", null)),
                new IfcEdit.RemoveClassification(WALL_1, "EF_25_10"),
                new IfcEdit.RemoveClassification(WALL_TYPE, "EF_25_10"),
                new IfcEdit.DeleteElement(DOOR),
                new IfcEdit.Rename("0000000000000000000000", "nobody"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IfcEditApplier.Result result;
        try (IfcModel model = IfcModel.of(StepReader.read(original, StepReadOptions.strict()))) {
            result = IfcEditApplier.write(model, edits, out);
        }
        assertThat(result.problems()).containsExactly("Rename 0000000000000000000000: no element with GlobalId "
                + "0000000000000000000000");
        IfcExtraction after = extract(out.toByteArray());

        Map<String, Element> was = byUuid(before.elements());
        Map<String, Element> now = byUuid(after.elements());
        assertThat(now.keySet()).isEqualTo(minus(was.keySet(), DOOR));
        for (String uuid : now.keySet()) {
            if (!uuid.equals(WALL_1) && !uuid.equals(WALL_2)) {
                assertThat(now.get(uuid)).as(uuid).isEqualTo(was.get(uuid));
            }
        }

        Element wall1 = now.get(WALL_1);
        assertThat(wall1.name()).isEqualTo("Renamed wall \u00e9");
        assertThat(wall1).usingRecursiveComparison()
                .ignoringFields("name", "attributes", "property_sets", "classifications").isEqualTo(was.get(WALL_1));
        assertThat(wall1.property_sets()).extracting(PropertySet::name)
                .containsExactly("Pset_WallCommon", "Plinth_TypeOnly");
        assertThat(values(wall1, "Pset_WallCommon")).containsExactly(tuple("IsExternal", false),
                tuple("Reference", "W240"), tuple("FireRating", "EI90"), tuple("ThermalTransmittance", 0.24));
        assertThat(wall1.classifications()).isEmpty();

        Element wall2 = now.get(WALL_2);
        assertThat(wall2).usingRecursiveComparison().ignoringFields("property_sets", "classifications")
                .isEqualTo(was.get(WALL_2));
        assertThat(wall2.property_sets()).extracting(PropertySet::name)
                .containsExactly("Plinth_AllKinds", "Plinth_New", "Pset_WallCommon", "Plinth_TypeOnly");
        assertThat(values(wall2, "Plinth_AllKinds")).extracting(t -> t.toArray()[0]).containsExactly("Width",
                "Layers", "Temperature", "Curve", "Supplier", "Anchor.Length", "Anchor.Count");
        assertThat(values(wall2, "Plinth_AllKinds")).contains(tuple("Width", 12.0));
        assertThat(values(wall2, "Plinth_New")).containsExactly(tuple("Note", "hello"));
        // the type lost its classification too, so wall 2 inherits none
        assertThat(wall2.classifications()).isEmpty();
        // the type's own sets are untouched
        assertThat(byUuid(after.types()).get(WALL_TYPE)).usingRecursiveComparison().ignoringFields("classifications")
                .isEqualTo(byUuid(before.types()).get(WALL_TYPE));

        // the door's system lost its only member; everything else is as before
        assertThat(after.systems()).singleElement().satisfies(s -> assertThat(s.elements()).isEmpty());
        assertThat(after.storeys()).isEqualTo(before.storeys());
        assertThat(after.zones()).isEqualTo(before.zones());
        assertThat(after.units()).isEqualTo(before.units());
        assertThat(after.layers()).isEqualTo(before.layers());
        assertThat(after.structure()).isEqualTo(before.structure());
        assertThat(after.warnings()).isEmpty();
    }

    @Test
    void addedClassificationReusesTheSystemAndUntouchedEntitiesStayByteForByte() throws IOException {
        byte[] original = fixture();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IfcModel model = IfcModel.of(StepReader.read(original, StepReadOptions.strict()))) {
            IfcEditApplier.write(model, List.of(new IfcEdit.AddClassification(DOOR,
                    new Classification("Uniclass 2015", "Pr_30_59", "Doors", null))), out);
        }
        Element door = byUuid(extract(out.toByteArray()).elements()).get(DOOR);
        assertThat(door.classifications()).containsExactly(new Classification("Uniclass 2015", "Pr_30_59", "Doors", "NBS"));
        String written = out.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(written).contains("#61=IFCWALL('3Wall000000000000000001',#5,'Wall ''A'' \\S\\Dber',$,'Exterior',#40,#163,'W-1',.SOLIDWALL.);");
        assertThat(written).contains("#165=IFCCLASSIFICATIONREFERENCE($,'Pr_30_59','Doors',#120,$,$);");
    }

    @Test
    void sharedPropertySetIsCopiedBeforeItChanges() throws IOException {
        // one property set related to two walls: changing it on one leaves the other alone
        String ifc = new String(fixture(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("#83=IFCRELDEFINESBYPROPERTIES('2Def0000000000000000001',#5,$,$,(#61),#80);",
                        "#83=IFCRELDEFINESBYPROPERTIES('2Def0000000000000000001',#5,$,$,(#61,#62),#80);");
        byte[] original = ifc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        IfcExtraction before = extract(original);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IfcModel model = IfcModel.of(StepReader.read(original, StepReadOptions.strict()))) {
            IfcEditApplier.write(model, List.of(new IfcEdit.SetProperty(WALL_1, "Pset_WallCommon", "Reference", "X1",
                    null)), out);
        }
        IfcExtraction after = extract(out.toByteArray());
        assertThat(byUuid(after.elements()).get(WALL_2)).isEqualTo(byUuid(before.elements()).get(WALL_2));
        assertThat(values(byUuid(after.elements()).get(WALL_1), "Pset_WallCommon")).contains(tuple("Reference", "X1"));
        assertThat(values(byUuid(before.elements()).get(WALL_2), "Pset_WallCommon")).contains(tuple("Reference", "W240"));
    }

    @Test
    void setNamedByTwoRelationshipsIsCopiedBeforeItChanges() throws IOException {
        // the same set related to wall 2 by a second relationship: each relationship has one object
        String ifc = new String(fixture(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("ENDSEC;\nEND-ISO", "#170=IFCRELDEFINESBYPROPERTIES('2Def0000000000000000009',#5,$,$,(#62),#80);\n"
                        + "ENDSEC;\nEND-ISO");
        byte[] original = ifc.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        IfcExtraction before = extract(original);
        assertThat(values(byUuid(before.elements()).get(WALL_2), "Pset_WallCommon")).contains(tuple("Reference", "W240"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (IfcModel model = IfcModel.of(StepReader.read(original, StepReadOptions.strict()))) {
            IfcEditApplier.write(model, List.of(new IfcEdit.SetProperty(WALL_2, "Pset_WallCommon", "Reference", "X2",
                    null)), out);
        }
        IfcExtraction after = extract(out.toByteArray());
        assertThat(byUuid(after.elements()).get(WALL_1)).isEqualTo(byUuid(before.elements()).get(WALL_1));
        assertThat(values(byUuid(after.elements()).get(WALL_2), "Pset_WallCommon")).contains(tuple("Reference", "X2"));
    }

    private static List<org.assertj.core.groups.Tuple> values(Element e, String set) {
        PropertySet s = e.property_sets().stream().filter(p -> set.equals(p.name())).findFirst().orElseThrow();
        return s.properties().stream().map(p -> tuple(p.definition().name(), p.value())).toList();
    }

    private static Map<String, Element> byUuid(List<Element> elements) {
        Map<String, Element> map = new HashMap<>();
        for (Element e : elements) {
            map.put(e.uuid(), e);
        }
        return map;
    }

    private static Set<String> minus(Set<String> set, String removed) {
        Set<String> copy = new java.util.HashSet<>(set);
        copy.remove(removed);
        return copy;
    }

    private static IfcExtraction extract(byte[] ifc) {
        try (IfcModel model = IfcModel.of(StepReader.read(ifc, StepReadOptions.strict()))) {
            return new IfcExtractor(model).extractAll();
        }
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = IfcEditApplierTest.class.getResourceAsStream("/fixtures/ifc4-every-kind.ifc")) {
            return in.readAllBytes();
        }
    }

}
