package org.plinth.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The index benchmark's workload has a known answer, and gives it again and again on one instance. */
class StepIndexBenchmarkTest {

    @Test
    void indexesTheGeneratedFileToItsEntityCountOnEveryRun() throws Exception {
        StepIndexBenchmark benchmark = new StepIndexBenchmark();
        benchmark.file = "generated";
        benchmark.load();

        for (int run = 0; run < 10; run++) {
            assertThat(benchmark.index()).as("run %d", run).isEqualTo(StepIndexBenchmark.GENERATED_ENTITIES);
        }
    }

    @Test
    void indexesTheFzkHausToTheEntityCountWebIfcAndGrepAgreeOn() throws Exception {
        assumeTrue(CorpusFiles.ifcDirectory().isPresent(), "IFC corpus not available");
        StepIndexBenchmark benchmark = new StepIndexBenchmark();
        benchmark.file = "AC20-FZK-Haus.ifc";
        benchmark.load();

        for (int run = 0; run < 10; run++) {
            // 44 249: web-ifc 0.0.78 GetAllLines, and `grep -c '^#[0-9]*='` on the file
            assertThat(benchmark.index()).as("run %d", run).isEqualTo(44_249);
        }
    }
}
