package org.plinth.geometry.gltf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.geometry.CorpusFiles;
import org.plinth.geometry.convert.IfcToGlbConverter;
import org.plinth.geometry.mesh.GeometrySettings;

/**
 * Runs the Khronos glTF validator (npm {@code gltf-validator}, through {@code bench/webifc/geometry-validate.mjs})
 * over GLBs of corpus files and asserts 0 errors. The validator is installed once into env
 * {@code GLTF_VALIDATOR_DIR} or {@code $TMPDIR/plinth-gltf-validator}, never into the repository; the test is
 * skipped when node/npm are absent or the package cannot be installed (offline).
 */
class KhronosValidatorTest {

    private static final Path SCRIPT = Path.of("../bench/webifc/geometry-validate.mjs");
    private static final List<String> FILES = List.of("AC20-FZK-Haus.ifc", "Ifc4_SampleHouse.ifc",
        "KIT-Simple-Road-Test-Web-IFC4x3_RC2.ifc", "nested_mapped_item.ifc", "linear-placement-of-signal.ifc",
        "advanced_brep.ifc");

    @Test
    void corpusGlbsHaveNoValidatorErrors(@TempDir Path tmp) throws Exception {
        assumeTrue(Files.isRegularFile(SCRIPT), "validator script not found");
        assumeTrue(CorpusFiles.ifcDir().isPresent(), "corpus not present");
        Path validatorDir = validatorDir();
        assumeTrue(validatorDir != null, "gltf-validator not installable here");
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        IfcToGlbConverter converter = new IfcToGlbConverter(GeometrySettings.DEFAULTS);
        for (String name : FILES) {
            Path ifc = CorpusFiles.ifcDir().get().resolve(name);
            if (Files.isRegularFile(ifc)) {
                Path glb = tmp.resolve(name.replace(".ifc", ".glb"));
                try (OutputStream out = Files.newOutputStream(glb)) {
                    converter.convert(ifc, out);
                }
                command.add(glb.toString());
            }
        }
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("GLTF_VALIDATOR_DIR", validatorDir.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("\"errors\":0").doesNotContain("\"errors\":1");
        assertThat(p.exitValue()).as(output).isZero();
    }

    private static Path validatorDir() throws IOException, InterruptedException {
        String env = System.getenv("GLTF_VALIDATOR_DIR");
        Path dir = env != null && !env.isBlank() ? Path.of(env)
            : Path.of(System.getProperty("java.io.tmpdir"), "plinth-gltf-validator");
        if (Files.isDirectory(dir.resolve("node_modules/gltf-validator"))) {
            return dir;
        }
        if (!onPath("node") || !onPath("npm")) {
            return null;
        }
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix",
            dir.toString(), "gltf-validator").redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            return null;
        }
        return Files.isDirectory(dir.resolve("node_modules/gltf-validator")) ? dir : null;
    }

    private static boolean onPath(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, exe))) {
                return true;
            }
        }
        return false;
    }
}
