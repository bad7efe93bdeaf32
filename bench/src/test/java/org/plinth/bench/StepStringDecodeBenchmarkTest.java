package org.plinth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The string decoding benchmark's workload decodes to the expected Java strings on every run. */
class StepStringDecodeBenchmarkTest {

    @Test
    void decodesPlainStringsOnEveryRun() {
        assertDecodes("plain", "Basic Wall:Interior - 138mm Partition (1-hr):128360");
    }

    @Test
    void decodesEveryEscapeOnEveryRun() {
        assertDecodes("escaped", "Gr\u00fc\u00dfe \u00e4 \u00c4 It's a\\b \uD83D\uDE00 Wand");
    }

    private static void assertDecodes(String strings, String expected) {
        StepStringDecodeBenchmark benchmark = new StepStringDecodeBenchmark();
        benchmark.strings = strings;
        benchmark.index();
        try {
            assertThat(benchmark.model.entity(benchmark.ids[0]).string(0)).isEqualTo(expected);
            assertThat(benchmark.model.entity(benchmark.ids[StepStringDecodeBenchmark.ENTITIES - 1]).string(2))
                    .isEqualTo(expected);
            long expectedHashSum = 2L * StepStringDecodeBenchmark.ENTITIES * expected.hashCode();
            for (int run = 0; run < 10; run++) {
                assertThat(benchmark.decode()).as("run %d", run).isEqualTo(expectedHashSum);
            }
            // the floor copies the raw text: 2 texts per entity, each the STEP text as written
            String raw = "plain".equals(strings) ? GeneratedStepFile.PLAIN_STEP_TEXT : GeneratedStepFile.ESCAPED_STEP_TEXT;
            assertThat(benchmark.quotedTexts).hasSize(4 * StepStringDecodeBenchmark.ENTITIES);
            assertThat(benchmark.jdkNewStringFloor()).isEqualTo(2L * StepStringDecodeBenchmark.ENTITIES * raw.hashCode());
        } finally {
            benchmark.close();
        }
    }
}
