package org.plinth.geometry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plinth.geometry.gltf.GlbStructure;
import org.plinth.geometry.gltf.GlbWriter;
import org.plinth.geometry.mapping.ModelMesher;
import org.plinth.geometry.mesh.GeometrySettings;
import org.plinth.ifc.IfcModel;

/**
 * Every corpus file converts into a structurally sound GLB, and per file the number of meshed products does not
 * drop below {@code src/test/resources/corpus-expectations.tsv}. The TSV is a readable summary (counts per status,
 * triangles, rounded world box); it is rewritten only when run with {@code -Dplinth.geometry.updateExpectations=true},
 * and its diff is reviewed in the commit.
 */
class GeometryCorpusTest {

    private static final Path EXPECTATIONS = Path.of("src/test/resources/corpus-expectations.tsv");
    private static final String HEADER = "file\tproducts\tok\tpartial\tno_geometry\tfailed\tmeshed\ttriangles\tbbox_m";

    record Summary(String file, int products, int ok, int partial, int noGeometry, int failed, long triangles,
            String bbox) {
        int meshed() {
            return ok + partial;
        }

        String line() {
            return String.join("\t", file, "" + products, "" + ok, "" + partial, "" + noGeometry, "" + failed,
                "" + meshed(), "" + triangles, bbox);
        }
    }

    @Test
    void everyCorpusFileConvertsAndCoverageDoesNotDrop() throws Exception {
        List<Path> files = CorpusFiles.ifcFiles();
        assumeTrue(!files.isEmpty(), "corpus not present");
        List<Summary> summaries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            try (IfcModel model = IfcModel.open(f)) {
                List<ProductGeometry> products = new ModelMesher(model, GeometrySettings.DEFAULTS).meshAll();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                GlbWriter.write(products, out);
                GlbStructure glb = GlbStructure.read(out.toByteArray());
                for (String p : glb.problems) {
                    problems.add(name + ": " + p);
                }
                summaries.add(summarise(name, products));
            } catch (Exception | StackOverflowError e) {
                problems.add(name + ": conversion threw " + e);
            }
        }
        assertThat(problems).isEmpty();

        if (Boolean.getBoolean("plinth.geometry.updateExpectations")) {
            StringBuilder sb = new StringBuilder(HEADER).append('\n');
            for (Summary s : summaries) {
                sb.append(s.line()).append('\n');
            }
            Files.writeString(EXPECTATIONS, sb.toString(), StandardCharsets.UTF_8);
            return;
        }
        Map<String, String[]> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(EXPECTATIONS, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("file\t")) {
                String[] cols = line.split("\t");
                expected.put(cols[0], cols);
            }
        }
        List<String> drops = new ArrayList<>();
        for (Summary s : summaries) {
            String[] e = expected.get(s.file());
            if (e == null) {
                drops.add(s.file() + ": not in " + EXPECTATIONS + " (rerun with -Dplinth.geometry.updateExpectations=true)");
                continue;
            }
            int meshed = Integer.parseInt(e[6]);
            if (s.meshed() < meshed) {
                drops.add(s.file() + ": meshed products dropped from " + meshed + " to " + s.meshed() + " (now "
                    + s.line() + ")");
            }
        }
        assertThat(drops).isEmpty();
    }

    private static Summary summarise(String name, List<ProductGeometry> products) {
        int[] counts = new int[ProductGeometry.Status.values().length];
        long triangles = 0;
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (ProductGeometry p : products) {
            counts[p.status().ordinal()]++;
            triangles += p.triangleCount();
            double[] b = p.bounds();
            for (int k = 0; k < 3; k++) {
                box[k] = Math.min(box[k], b[k]);
                box[k + 3] = Math.max(box[k + 3], b[k + 3]);
            }
        }
        StringBuilder bbox = new StringBuilder();
        for (int k = 0; k < 6; k++) {
            if (k > 0) {
                bbox.append(' ');
            }
            bbox.append(Double.isFinite(box[k]) ? String.format(Locale.ROOT, "%.1f", box[k]) : "-");
        }
        return new Summary(name, products.size(), counts[0], counts[1], counts[2], counts[3], triangles, bbox.toString());
    }
}
