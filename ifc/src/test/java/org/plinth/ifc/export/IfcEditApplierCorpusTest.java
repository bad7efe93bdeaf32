package org.plinth.ifc.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.SharedData;
import org.plinth.ifc.extract.Classification;
import org.plinth.ifc.extract.Element;
import org.plinth.ifc.extract.IfcExtraction;
import org.plinth.ifc.extract.IfcExtractor;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/** Export over the shared corpus: without edits the re-import is identical; edits show in IFC2X3 too. */
class IfcEditApplierCorpusTest {

    private static Path corpus() {
        Path dir = SharedData.corpusDir().map(d -> d.resolve("ifc")).orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir),
                "IFC corpus not found: set PLINTH_CORPUS_DIR to the directory holding ifc/ (default ../shared/data)");
        return dir;
    }

    @Test
    void exportWithoutEditsReimportsIdentically() throws IOException {
        List<String> different = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus())) {
            files = s.filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".ifc")).sorted().toList();
        }
        for (Path file : files) {
            byte[] original = Files.readAllBytes(file);
            IfcExtraction before = extract(original);
            byte[] exported = export(original, List.of());
            IfcExtraction after = extract(exported);
            if (!before.elements().equals(after.elements()) || !before.types().equals(after.types())
                    || !before.units().equals(after.units()) || !before.structure().equals(after.structure())) {
                different.add(file.getFileName().toString());
            }
        }
        assertThat(files).hasSize(34);
        assertThat(different).as("files whose re-import differs after an export without edits").isEmpty();
    }

    @Test
    void editsApplyToAnIfc2x3File() throws IOException {
        byte[] original = Files.readAllBytes(corpus().resolve("webifc_duplex.ifc"));
        IfcExtraction before = extract(original);
        Element wall = before.elements().stream().filter(e -> e.type().equals("IfcWallStandardCase")).findFirst()
                .orElseThrow();
        Element door = before.elements().stream().filter(e -> e.type().equals("IfcDoor")).findFirst().orElseThrow();
        String set = wall.property_sets().get(0).name();
        String property = wall.property_sets().get(0).properties().get(0).definition().name();
        byte[] exported = export(original, List.of(
                new IfcEdit.Rename(wall.uuid(), "Edited"),
                new IfcEdit.SetProperty(wall.uuid(), set, property, "changed", "IfcLabel"),
                new IfcEdit.AddClassification(wall.uuid(), new Classification("OmniClass", "21-02 10 10", "Walls", "CSI")),
                new IfcEdit.DeleteElement(door.uuid())));
        IfcExtraction after = extract(exported);
        assertThat(after.header().schema()).isEqualTo("IFC2X3");
        assertThat(after.elements()).hasSize(before.elements().size() - 1);
        assertThat(after.elements()).extracting(Element::uuid).doesNotContain(door.uuid());
        Element edited = after.elements().stream().filter(e -> e.uuid().equals(wall.uuid())).findFirst().orElseThrow();
        assertThat(edited.name()).isEqualTo("Edited");
        assertThat(edited.property_sets().stream().filter(s -> s.name().equals(set)).findFirst().orElseThrow()
                .properties().stream().filter(p -> p.definition().name().equals(property)).findFirst().orElseThrow()
                .value()).isEqualTo("changed");
        assertThat(edited.classifications()).contains(new Classification("OmniClass", "21-02 10 10", "Walls", "CSI"));
        assertThat(after.warnings()).isEqualTo(before.warnings());
        // every other element is unchanged (also those that shared a property set with the wall)
        for (Element e : after.elements()) {
            if (!e.uuid().equals(wall.uuid())) {
                Element old = before.elements().stream().filter(b -> b.uuid().equals(e.uuid())).findFirst().orElseThrow();
                assertThat(e).as(e.uuid()).isEqualTo(old);
            }
        }
    }

    private static byte[] export(byte[] ifc, List<IfcEdit> edits) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(ifc.length + 4096);
        try (IfcModel model = IfcModel.of(StepReader.read(ifc, StepReadOptions.lenientDefaults()))) {
            IfcEditApplier.write(model, edits, out);
        }
        return out.toByteArray();
    }

    private static IfcExtraction extract(byte[] ifc) {
        try (IfcModel model = IfcModel.of(StepReader.read(ifc, StepReadOptions.lenientDefaults()))) {
            return new IfcExtractor(model).extractAll();
        }
    }
}
