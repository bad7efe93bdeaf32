package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file above 2 GiB is mapped in several segments and indexed with long offsets. It writes 2.2 GB to a temporary
 * directory, so it runs only when asked: {@code -Dplinth.step.huge=true}.
 */
class StepHugeFileTest {

    @TempDir
    Path dir;

    @Test
    void readsAFileLargerThanTwoGibibytes() throws IOException {
        assumeTrue(Boolean.getBoolean("plinth.step.huge"), "set -Dplinth.step.huge=true to write and read a 2.2 GB file");
        Path file = dir.resolve("huge.ifc");
        String padding = "x".repeat(200);
        int count = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            out.write(StepBadInputTest.HEAD.getBytes(StandardCharsets.US_ASCII));
            long written = 0;
            while (written < 2_200_000_000L) {
                count++;
                byte[] line = ("#" + count + "=IFCLABELLED('" + padding + "'," + count + ".5,#" + Math.max(1, count - 1) + ");\n")
                        .getBytes(StandardCharsets.US_ASCII);
                out.write(line);
                written += line.length;
            }
            out.write(StepBadInputTest.TAIL.getBytes(StandardCharsets.US_ASCII));
        }

        try (StepModel model = StepReader.read(file, StepReadOptions.strict())) {
            assertThat(model.size()).isEqualTo(count);
            assertThat(model.offset(count)).isGreaterThan(Integer.MAX_VALUE);
            StepEntity last = model.entity(count);
            assertThat(last.string(0)).isEqualTo(padding);
            assertThat(last.real(1)).isEqualTo(count + 0.5);
            assertThat(last.ref(2)).isEqualTo(count - 1);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
