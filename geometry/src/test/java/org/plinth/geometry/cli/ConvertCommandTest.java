package org.plinth.geometry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.geometry.gltf.GlbStructure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ConvertCommandTest {

    @Test
    void writesGlbAndReportWithPerProductFacts(@TempDir Path tmp) throws Exception {
        Path ifc = tmp.resolve("fixture.ifc");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/basic-solids-mm.ifc")) {
            Files.copy(in, ifc);
        }
        Path glb = tmp.resolve("out.glb");
        Path report = tmp.resolve("report.json");
        int code = ConvertCommand.run(new String[] {ifc.toString(), glb.toString(), "--report", report.toString()});
        assertThat(code).isZero();
        assertThat(GlbStructure.read(Files.readAllBytes(glb)).problems).isEmpty();
        JsonNode r = JsonMapper.builder().build().readTree(Files.readString(report));
        assertThat(r.path("schema").asString()).isEqualTo("IFC4");
        assertThat(r.path("totals").path("products").asInt()).isEqualTo(12);
        assertThat(r.path("totals").path("failed").asInt()).isEqualTo(1);
        assertThat(r.has("parse_ms") && r.has("mesh_ms") && r.has("write_ms") && r.has("peak_heap_mb")).isTrue();
        JsonNode wall = null;
        JsonNode sphere = null;
        for (JsonNode p : r.path("products")) {
            if (p.path("GlobalId").asString().equals("0001wallopeningxxxxxxx")) {
                wall = p;
            }
            if (p.path("GlobalId").asString().equals("0001spherexxxxxxxxxxxx")) {
                sphere = p;
            }
        }
        assertThat(wall).isNotNull();
        assertThat(wall.path("class").asString()).isEqualTo("IfcWall");
        assertThat(wall.path("volume_m3").asDouble()).isEqualTo(2.0);
        assertThat(wall.path("bbox_m").get(4).asDouble()).isEqualTo(10.2);
        assertThat(wall.path("status").asString()).isEqualTo("ok");
        assertThat(sphere.path("status").asString()).startsWith("failed: ").contains("IfcSphere");
    }

    @Test
    void spacesAreMeshedOnlyWhenAskedFor(@TempDir Path tmp) throws Exception {
        Path ifc = Path.of(System.getProperty("user.dir")).resolve("../../shared/data/ifc/AC20-FZK-Haus.ifc").normalize();
        Path corpus = org.plinth.geometry.CorpusFiles.ifcDir().map(d -> d.resolve("AC20-FZK-Haus.ifc")).orElse(ifc);
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isRegularFile(corpus), "corpus not present");
        Path without = tmp.resolve("a.json");
        Path with = tmp.resolve("b.json");
        assertThat(ConvertCommand.run(new String[] {corpus.toString(), tmp.resolve("a.glb").toString(), "--report",
            without.toString()})).isZero();
        assertThat(ConvertCommand.run(new String[] {corpus.toString(), tmp.resolve("b.glb").toString(), "--report",
            with.toString(), "--spaces"})).isZero();
        String a = Files.readString(without);
        String b = Files.readString(with);
        assertThat(a).doesNotContain("\"class\":\"IfcSpace\"");
        assertThat(b).contains("\"class\":\"IfcSpace\"");
    }

    @Test
    void reportsUsageAndUnreadableInput(@TempDir Path tmp) {
        assertThat(ConvertCommand.run(new String[] {"only-one-arg.ifc"})).isEqualTo(2);
        assertThat(ConvertCommand.run(new String[] {tmp.resolve("missing.ifc").toString(), tmp.resolve("x.glb").toString()}))
            .isEqualTo(1);
    }
}
