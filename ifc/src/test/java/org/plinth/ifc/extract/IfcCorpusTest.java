package org.plinth.ifc.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.SharedData;
import org.plinth.ifc.schema.IfcSchema;

/**
 * The shared corpus ({@code PLINTH_CORPUS_DIR}/ifc, default {@code ../shared/data/ifc}): every
 * file loads and extracts, products per class equal web-ifc's counts (committed in
 * {@code corpus/webifc-entity-counts.tsv} by the bench), and known values are read correctly.
 * On a machine without the corpus these tests abort (JUnit assumption) and say why.
 */
class IfcCorpusTest {

    private static Path corpus;

    @BeforeAll
    static void findCorpus() {
        Path dir = SharedData.corpusDir().map(d -> d.resolve("ifc")).orElse(null);
        assumeTrue(dir != null && Files.isDirectory(dir),
                "IFC corpus not found: set PLINTH_CORPUS_DIR to the directory holding ifc/ (default ../shared/data)");
        corpus = dir;
    }

    @Test
    void everyFileLoadsAndProductsPerClassEqualWebIfc() throws IOException {
        Map<String, Map<String, Integer>> webIfc = webIfcCounts();
        List<Path> files = ifcFiles();
        assertThat(files).hasSize(34);
        assertThat(webIfc.keySet()).containsExactlyInAnyOrderElementsOf(
                files.stream().map(f -> f.getFileName().toString()).toList());
        List<String> mismatches = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            try (IfcModel model = IfcModel.open(file)) {
                IfcSchema schema = model.schema();
                int product = schema.entityCode("IfcProduct");
                Map<String, Integer> expected = new TreeMap<>();
                webIfc.get(name).forEach((upperClass, count) -> {
                    if (schema.isSubtypeOf(schema.entityCode(upperClass), product)) {
                        expected.put(upperClass, count);
                    }
                });
                Map<String, Integer> actual = new TreeMap<>();
                IfcExtractor extractor = new IfcExtractor(model);
                extractor.forEachElement(e -> actual.merge(e.type().toUpperCase(Locale.ROOT), 1, Integer::sum));
                IfcExtraction all = extractor.extractAll();
                assertThat(all.elements()).as(name).hasSize(actual.values().stream().mapToInt(i -> i).sum());
                if (!expected.equals(actual)) {
                    mismatches.add(name + ": web-ifc " + expected + " plinth " + actual);
                }
                assertThat(expected).as("%s has products", name).isNotEmpty();
            }
        }
        assertThat(mismatches).as("files whose products per class differ from web-ifc").isEmpty();
    }

    /** MANIFEST.tsv (header facts) and FEATURES.tsv (storey and space counts) describe the corpus files. */
    @Test
    void headerFactsAndStoreyCountsMatchTheCorpusManifest() throws IOException {
        List<Map<String, String>> manifest = tsv(corpus.resolve("MANIFEST.tsv"));
        Map<String, Map<String, String>> features = new TreeMap<>();
        for (Map<String, String> row : tsv(corpus.resolve("FEATURES.tsv"))) {
            features.put(row.get("file"), row);
        }
        assertThat(manifest).hasSize(34);
        for (Map<String, String> row : manifest) {
            String name = row.get("file");
            IfcExtraction x = extract(name);
            ModelHeader h = x.header();
            assertThat(h.file_schema()).as(name).isEqualTo(row.get("schema"));
            assertThat(h.originating_system()).as(name).isEqualTo(row.get("originating_system"));
            assertThat(h.preprocessor_version()).as(name).isEqualTo(row.get("preprocessor_version"));
            if (!row.get("ifcapplication").isEmpty()) {
                assertThat(h.authoring_application()).as(name).isEqualTo(row.get("ifcapplication"));
            }
            assertThat(x.storeys()).as(name).hasSize(Integer.parseInt(features.get(name).get("IfcBuildingStorey")));
            assertThat(x.spaces()).as(name).hasSize(Integer.parseInt(features.get(name).get("IfcSpace")));
        }
    }

    private static List<Map<String, String>> tsv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < f.length ? f[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void revitUnicodeNamesAndStoreyElevations() throws IOException {
        IfcExtraction x = extract("revit2013_unicode.ifc");
        assertThat(x.header().schema()).isEqualTo("IFC2X3");
        assertThat(x.header().project_name()).isEqualTo("\u30d7\u30ed\u30b8\u30a7\u30af\u30c8\u756a\u53f7");
        assertThat(x.storeys()).extracting(Storey::name).containsExactly("1\u968e", "2\u968e", "\u5c4b\u6839");
        assertThat(x.storeys()).extracting(Storey::elevation).containsExactly(0.0, 3000.0, 6000.0);
        assertThat(x.storeys()).extracting(Storey::bimdata_elevation).containsExactly(0.0, 3.0, 6.0);
        Element slab = x.elements().stream().filter(e -> "0$LN1rKh15N9EgZD9xny$S".equals(e.uuid())).findFirst()
                .orElseThrow();
        assertThat(slab.name()).isEqualTo("\u5e8a:S1:202732");
        assertThat(slab.predefined_type()).isEqualTo("FLOOR");
        assertThat(slab.tag()).isEqualTo("202732");
    }

    @Test
    void vectorworksUnicodeStoreyNames() throws IOException {
        IfcExtraction x = extract("vectorworks_unicode.ifc");
        assertThat(x.storeys()).extracting(Storey::name)
                .containsExactly("1\u968e - Story", "2\u968e - Story", "\u5c4b\u6839 - Story");
        assertThat(x.header().project_name()).isEqualTo("Vectorworks Project");
    }

    @Test
    void fzkHausWallsSpacesAndStoreys() throws IOException {
        IfcExtraction x = extract("AC20-FZK-Haus.ifc");
        assertThat(x.header().schema()).isEqualTo("IFC4");
        assertThat(x.storeys()).extracting(Storey::name).containsExactly("Erdgeschoss", "Dachgeschoss");
        assertThat(x.storeys().get(1).bimdata_elevation()).isCloseTo(2.7, within(1e-9));
        Element wall = x.elements().stream().filter(e -> "2XPyKWY018sA1ygZKgQPtU".equals(e.uuid())).findFirst()
                .orElseThrow();
        assertThat(wall.type()).isEqualTo("IfcWallStandardCase");
        assertThat(wall.name()).isEqualTo("Wand-Int-ERDG-4");
        assertThat(wall.container_uuid()).isEqualTo("2eyxpyOx95m90jmsXLOuR0");
        PropertySet common = IfcExtractorTest.set(wall, "Pset_WallCommon");
        assertThat(IfcExtractorTest.value(common, "ThermalTransmittance")).isEqualTo(1.5);
        assertThat(wall.material_list()).isNotEmpty();
        assertThat(x.spaces()).extracting(Space::name, Space::longname)
                .contains(org.assertj.core.groups.Tuple.tuple("4", "Schlafzimmer"),
                        org.assertj.core.groups.Tuple.tuple("3", "Bad"));
    }

    @Test
    void ifc4x3ReleaseCandidateFilesUseTheIfc4x3Tables() throws IOException {
        IfcExtraction x = extract("KIT-Simple-Road-Test-Web-IFC4x3_RC2.ifc");
        assertThat(x.header().file_schema()).isEqualTo("IFC4X3_RC2");
        assertThat(x.header().schema()).isEqualTo("IFC4X3");
        assertThat(x.elements()).extracting(Element::type).contains("IfcRoad", "IfcPavement", "IfcKerb");
    }

    @Test
    void ifc2x3ClassificationsZonesAndMaterialListsFromTypes() throws IOException {
        IfcExtraction duplex = extract("Ifc2s3_Duplex_Electrical.ifc");
        Element boilerType = duplex.types().stream().filter(t -> "3PgAnanXHAJg_XM_ZxDDLl".equals(t.uuid()))
                .findFirst().orElseThrow();
        assertThat(boilerType.type()).isEqualTo("IfcBoilerType");
        assertThat(boilerType.classifications())
                .containsExactly(new Classification("UniFormat", "", "", "http://www.csiorg.net/uniformat"));

        IfcExtraction institute = extract("AC11-Institute-Var-2-IFC.ifc");
        Zone labor = institute.zones().stream().filter(z -> "Labor".equals(z.name())).findFirst().orElseThrow();
        assertThat(labor.description()).isEqualTo("Alle Laborr\u00e4ume im Geb\u00e4ude");
        assertThat(labor.spaces()).hasSize(7);
        assertThat(labor.spaces().get(0)).isEqualTo(new ZoneSpace("2NO$Il8fr1n8x3zsU1IoYc", "010", "Labor K1"));
        assertThat(institute.zones()).hasSize(12);

        IfcExtraction large = extract("LargeBuilding.ifc");
        List<Element> doors = large.elements().stream().filter(e -> "2cXV28XOjE6f6irhu0COgZ".equals(e.type_uuid()))
                .toList();
        assertThat(doors).isNotEmpty().allSatisfy(door -> assertThat(door.material_list())
                .extracting(c -> c.material().name(), c -> c.option().kind())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Door - Frame", "list"),
                        org.assertj.core.groups.Tuple.tuple("Door - Panel", "list")));
    }

    @Test
    void ifc4x3MapConversion() throws IOException {
        Georeference g = extract("linear-placement-of-signal.ifc").georeference();
        assertThat(g.crs_name()).isEqualTo("EPSG:3065");
        assertThat(g.crs_description()).isEqualTo("Istituto Geografico Militare 1995 (IGM95)");
        assertThat(g.geodetic_datum()).isEqualTo("EPSG:4670");
        assertThat(g.vertical_datum()).isEqualTo("EPSG:5214");
        assertThat(g.map_projection()).isEqualTo("UTM");
        assertThat(g.map_zone()).isEqualTo("33N");
        assertThat(g.eastings()).isEqualTo(0.0);
        assertThat(g.scale()).isEqualTo(1.0);
    }

    private static IfcExtraction extract(String name) throws IOException {
        try (IfcModel model = IfcModel.open(corpus.resolve(name))) {
            return new IfcExtractor(model).extractAll();
        }
    }

    private static List<Path> ifcFiles() throws IOException {
        try (Stream<Path> s = Files.list(corpus)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ifc")).sorted()
                    .toList();
        }
    }

    /** file → upper-case class → count, from the bench's web-ifc run. */
    private static Map<String, Map<String, Integer>> webIfcCounts() throws IOException {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        try (InputStream in = IfcCorpusTest.class.getResourceAsStream("/corpus/webifc-entity-counts.tsv")) {
            assertThat(in).as("corpus/webifc-entity-counts.tsv on the test classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
                    continue;
                }
                String[] f = line.split("\t");
                counts.computeIfAbsent(f[0], k -> new TreeMap<>()).put(f[1], Integer.parseInt(f[2].trim()));
            }
        }
        return counts;
    }
}
