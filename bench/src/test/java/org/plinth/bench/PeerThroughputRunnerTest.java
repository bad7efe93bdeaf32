package org.plinth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeerThroughputRunnerTest {

    @Test
    void measuresEveryRepetitionAndReportsTheEntityCount() {
        byte[] content = GeneratedStepFile.properties(GeneratedStepFile.PLAIN_STEP_TEXT, 1_000);

        PeerThroughputRunner.FileFigure figure = PeerThroughputRunner.measure("generated.ifc", content, 1, 5);

        assertThat(figure.entities()).isEqualTo(1_000);
        assertThat(figure.bytes()).isEqualTo(content.length);
        assertThat(figure.reps()).isEqualTo(5);
        assertThat(figure.bestMs()).isPositive().isLessThanOrEqualTo(figure.medianMs());
        assertThat(figure.bestCpuMs()).isPositive().isLessThanOrEqualTo(figure.medianCpuMs());
    }
}
