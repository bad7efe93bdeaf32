package org.plinth.ifc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IfcCommandTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/ifc4-every-kind.ifc");

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final IfcCommand command = new IfcCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void infoPrintsOneJsonLinePerFileAndFailsForAMissingOne() {
        int code = command.run(new String[] {"info", FIXTURE.toString(), "missing.ifc", FIXTURE.toString(), "--json"});
        assertThat(code).isEqualTo(1);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("{\"file\":\"" + FIXTURE + "\",\"schema\":\"IFC4\",\"bytes\":")
                .contains("\"entities\":111,\"products\":9,\"products_by_class\":{\"IfcBuilding\":1,"
                        + "\"IfcBuildingStorey\":3,\"IfcDoor\":1,\"IfcSite\":1,\"IfcSpace\":1,\"IfcWall\":2},"
                        + "\"storeys\":3,\"parse_ms\":")
                .endsWith(",\"warnings\":0}");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("missing.ifc: no such file\n");
    }

    @Test
    void infoTextLine() {
        assertThat(command.run(new String[] {"info", FIXTURE.toString()})).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith(FIXTURE + " schema=IFC4 bytes=")
                .contains(" entities=111 products=9 storeys=3 parse_ms=")
                .endsWith(" warnings=0 by_class=IfcBuilding:1,IfcBuildingStorey:3,IfcDoor:1,IfcSite:1,IfcSpace:1,"
                        + "IfcWall:2\n");
    }

    @Test
    void extractWritesTheWholeExtraction(@TempDir Path dir) throws IOException {
        Path json = dir.resolve("data.json");
        assertThat(command.run(new String[] {"extract", FIXTURE.toString(), "--out", json.toString()})).isZero();
        String text = Files.readString(json);
        assertThat(text).startsWith("{\"header\":{\"schema\":\"IFC4\",\"file_schema\":\"IFC4\","
                + "\"authoring_application\":\"Plinth Fixture Writer 1.0\"");
        assertThat(text).contains("\"elements\":[{\"uuid\":\"1Site000000000000000001\",\"type\":\"IfcSite\"");
        assertThat(text).contains("\"name\":\"Wand \u00c4 \uD83D\uDE00\"");
        assertThat(text).contains("{\"name\":\"Temperature\",\"description\":null,\"type\":\"IfcPropertyBoundedValue\"");
        assertThat(text).contains("\"value\":{\"lower\":280.0,\"upper\":300.0,\"set_point\":293.0}");
        assertThat(text).contains("\"layers\":[{\"name\":\"A-WALL\",\"identifier\":\"L1\",\"description\":\"walls\","
                + "\"elements\":[\"3Wall000000000000000001\"]}]");
        assertThat(text).endsWith("\"warnings\":[]}");
    }

    @Test
    void usageErrors() {
        assertThat(command.run(new String[] {})).isEqualTo(2);
        assertThat(command.run(new String[] {"extract", FIXTURE.toString()})).isEqualTo(2);
        assertThat(command.run(new String[] {"convert"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: plinth ifc info FILE... [--json]");
    }

    @Test
    void jsonWriterEscapesAndFormatsNumbers() throws IOException {
        StringWriter s = new StringWriter();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 \u2028");
        map.put("reals", List.of(1.0, -0.0, 2.5, 1e20, Double.NaN));
        map.put("ints", List.of(3L, 4));
        map.put("flag", true);
        map.put("none", null);
        new JsonWriter(s).value(map).flush();
        assertThat(s.toString()).isEqualTo("{\"text\":\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007 "
                + "\\u2028\",\"reals\":[1.0,-0.0,2.5,1.0E20,null],\"ints\":[3,4],\"flag\":true,\"none\":null}");
    }
}
