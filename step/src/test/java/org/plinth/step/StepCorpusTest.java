package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file loads in strict mode, in every input mode, with the entity count and header the manifest states. */
class StepCorpusTest {

    private static Map<String, Map<String, String>> manifest;
    private static Map<String, Map<String, String>> features;

    @BeforeAll
    static void loadTables() {
        assumeTrue(StepCorpus.present(), "corpus not found at " + StepCorpus.ifcDir());
        manifest = StepCorpus.table("MANIFEST.tsv");
        features = StepCorpus.table("FEATURES.tsv");
    }

    static Stream<Arguments> filesAndModes() {
        return StepCorpus.filesAndModes().stream().map(Arguments::of);
    }

    static Stream<Path> files() {
        return StepCorpus.files().stream();
    }

    @Test
    void corpusHasAllFiles() {
        assertThat(StepCorpus.files()).hasSize(34);
    }

    @ParameterizedTest(name = "{0} via {1}")
    @MethodSource("filesAndModes")
    void loadsStrictlyWithTheManifestFacts(Path file, InputMode mode) throws IOException {
        String name = file.getFileName().toString();
        StepModel model = mode.read(Files.readAllBytes(file), StepReadOptions.strict());

        assertThat(model.warnings()).isEmpty();
        assertThat(model.size()).isEqualTo(Integer.parseInt(features.get(name).get("entities")));
        StepHeader header = model.header();
        assertThat(header.schemas()).containsExactly(manifest.get(name).get("schema"));
        assertThat(header.originatingSystem()).isEqualTo(manifest.get(name).get("originating_system"));
        assertThat(header.preprocessorVersion()).isEqualTo(manifest.get(name).get("preprocessor_version"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void decodesEveryEntity(Path file) throws IOException {
        StepModel model = StepReader.read(file, StepReadOptions.strict());
        long attributes = 0;
        for (int id : model.ids()) {
            attributes += model.entity(id).attributeCount();
        }
        assertThat(attributes).isGreaterThan(model.size());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void entityCountEqualsALineScan(Path file) throws IOException {
        int lines = StepCorpus.countEntityLines(file);
        assertThat(StepReader.read(file, StepReadOptions.strict()).size()).isEqualTo(lines);
    }

    @Test
    void decodesUnicodeNamesOfKnownFiles() throws IOException {
        Path dir = StepCorpus.ifcDir();
        StepModel revit = StepReader.read(dir.resolve("revit2013_unicode.ifc"), StepReadOptions.strict());
        assertThat(revit.typeName(53)).isEqualTo("IFCPROJECT");
        assertThat(revit.entity(53).string(2)).isEqualTo("プロジェクト番号");
        assertThat(revit.entity(60).string(2)).isEqualTo("1階");
        assertThat(revit.entity(65).real(9)).isEqualTo(3000.0);

        StepModel vectorworks = StepReader.read(dir.resolve("vectorworks_unicode.ifc"), StepReadOptions.strict());
        assertThat(vectorworks.entity(2555).string(2)).isEqualTo("屋根 - Story");
        assertThat(vectorworks.entity(2555).enumValue(8)).isEqualTo("ELEMENT");

        StepModel archicad = StepReader.read(dir.resolve("AC11-Institute-Var-2-IFC.ifc"), StepReadOptions.strict());
        assertThat(archicad.entity(3940).string(0)).isEqualTo("Außenwände");
        assertThat(archicad.entity(3940).refs(2)).startsWith(3893, 4061, 4210);
    }

    @Test
    void countsTypesOfAKnownFile() throws IOException {
        StepModel model = StepReader.read(StepCorpus.ifcDir().resolve("AC20-FZK-Haus.ifc"), StepReadOptions.strict());
        Map<String, String> row = features.get("AC20-FZK-Haus.ifc");
        for (String type : List.of("IfcPropertySet", "IfcPropertySingleValue", "IfcBuildingStorey", "IfcSpace",
                "IfcExtrudedAreaSolid", "IfcOpeningElement", "IfcStyledItem")) {
            assertThat(model.idsOfType(model.symbols().code(type.toUpperCase(java.util.Locale.ROOT))))
                    .as(type).hasSize(Integer.parseInt(row.get(type)));
        }
    }
}
