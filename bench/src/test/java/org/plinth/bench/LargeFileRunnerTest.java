package org.plinth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LargeFileRunnerTest {

    @TempDir
    Path temp;

    @Test
    void extractsEveryCopysSiteAndBuildingOnEveryRun() throws Exception {
        Path source = Path.of(getClass().getResource("/replication-source.ifc").toURI());
        Path replicated = temp.resolve("replicated.ifc");
        int copies = LargeIfcGenerator.generate(source, replicated, 3 * Files.size(source)).copies();

        for (int run = 0; run < 3; run++) {
            LargeFileRunner.ExtractionFigure figure = LargeFileRunner.extract(replicated);

            // per copy one IFCSITE and one IFCBUILDING; no type objects, no property sets
            assertThat(figure.products()).as("run %d", run).isEqualTo(2L * copies);
            assertThat(figure.typeObjects()).isZero();
            assertThat(figure.propertySets()).isZero();
            assertThat(figure.storeys()).isZero();
        }
    }
}
