package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StepLocatorTest {

    @Test
    void locatesOffsetsInAnyOrderAcrossMegabyteBoundaries() {
        StringBuilder sb = new StringBuilder();
        String[] ends = {"\n", "\r\n", "\r"};
        SplittableRandom rnd = new SplittableRandom(42);
        while (sb.length() < 3_500_000) {
            sb.append("x".repeat(rnd.nextInt(120))).append(ends[rnd.nextInt(3)]);
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.US_ASCII);
        StepLocator locator = new StepLocator(new StepSource.ArraySource(bytes));

        for (int k = 0; k < 60; k++) {
            int offset = rnd.nextInt(bytes.length + 1);
            assertThat(locator.locate(offset)).as("offset %d", offset).containsExactly(expected(bytes, offset));
        }
        // an offset right behind a CR of a CR LF pair, on either side of a boundary
        for (int boundary = 1 << 20; boundary < bytes.length; boundary += 1 << 20) {
            for (int offset = boundary - 3; offset <= boundary + 3; offset++) {
                assertThat(locator.locate(offset)).as("offset %d", offset).containsExactly(expected(bytes, offset));
            }
        }
    }

    private static long[] expected(byte[] b, int offset) {
        long line = 1;
        long lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (b[i] == '\r' || (b[i] == '\n' && (i == 0 || b[i - 1] != '\r'))) {
                line++;
            }
            if (b[i] == '\r' || b[i] == '\n') {
                lineStart = i + 1;
            }
        }
        return new long[] {line, offset - lineStart + 1};
    }
}
