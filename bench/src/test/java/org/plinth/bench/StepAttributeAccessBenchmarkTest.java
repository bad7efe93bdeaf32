package org.plinth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StepAttributeAccessBenchmarkTest {

    @ParameterizedTest
    @ValueSource(strings = {"single", "wall", "pointlist"})
    void readsTheNameOfEveryEntityOnEveryRun(String shape) {
        StepAttributeAccessBenchmark benchmark = new StepAttributeAccessBenchmark();
        benchmark.shape = shape;
        benchmark.index();
        try {
            assertThat(benchmark.ids).hasSize(StepAttributeAccessBenchmark.ENTITIES);
            long expected = (long) StepAttributeAccessBenchmark.ENTITIES * StepAttributeAccessBenchmark.NAME.hashCode();
            for (int run = 0; run < 10; run++) {
                assertThat(benchmark.readName()).as("run %d", run).isEqualTo(expected);
            }
        } finally {
            benchmark.close();
        }
    }
}
