package org.plinth.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.step.StepModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

class LargeIfcGeneratorTest {

    @TempDir
    Path temp;

    @Test
    void replicatesWithRenumberedIdsOneProjectAndUniqueGlobalIds() throws Exception {
        Path source = Path.of(getClass().getResource("/replication-source.ifc").toURI());
        Path out = temp.resolve("large.ifc");

        LargeIfcGenerator.Result result = LargeIfcGenerator.generate(source, out, 3 * Files.size(source));

        assertThat(result.idStride()).isEqualTo(10);
        assertThat(result.copies()).isGreaterThanOrEqualTo(3);
        assertThat(result.bytes()).isEqualTo(Files.size(out)).isGreaterThanOrEqualTo(3 * Files.size(source));
        int copies = result.copies();
        try (StepModel model = StepReader.read(out, StepReadOptions.strict())) {
            assertThat(model.warnings()).isEmpty();
            assertThat(model.header().schemas()).containsExactly("IFC4");
            // 5 entities per copy, minus the IFCPROJECT of every copy after the first
            assertThat(model.size()).isEqualTo(result.entities()).isEqualTo(5 * copies - (copies - 1));
            assertThat(model.idsOfType(model.symbols().code("IFCPROJECT"))).containsExactly(1);
            assertThat(model.contains(21)).isFalse();

            // copy 2: ids +20, references follow, the project reference points at the one project
            assertThat(model.typeName(23)).isEqualTo("IFCRELAGGREGATES");
            assertThat(model.entity(23).ref(4)).isEqualTo(1);
            assertThat(model.entity(23).refs(5)).containsExactly(22, 24);
            // '#' inside strings is text, not a reference
            assertThat(model.entity(22).string(2)).isEqualTo("Site '#2'");
            assertThat(model.entity(24).string(2)).isEqualTo("Building #1");
            // only the first attribute is a GlobalId; an identifier value that looks like one stays as it is
            assertThat(model.entity(30).string(2)).isEqualTo("1cwlDi_hLEvPsClAelBNdd");

            Set<String> globalIds = new HashSet<>();
            for (int id : model.ids()) {
                if (!"IFCPROPERTYSINGLEVALUE".equals(model.typeName(id))) {
                    String globalId = model.entity(id).string(0);
                    assertThat(globalId).hasSize(22).matches("[0-3][0-9A-Za-z_$]{21}");
                    globalIds.add(globalId);
                }
            }
            assertThat(globalIds).hasSize(4 * copies - (copies - 1));
        }
    }

    @Test
    void encodesGlobalIdsIn22CharactersOfIfcBase64() {
        byte[] out = new byte[22];

        LargeIfcGenerator.encodeGlobalId(0, 0, out, 0);
        assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo("0000000000000000000000");

        LargeIfcGenerator.encodeGlobalId(-1, -1, out, 0);
        assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo("3$$$$$$$$$$$$$$$$$$$$$");

        LargeIfcGenerator.encodeGlobalId(0, 64 + 5, out, 0);
        assertThat(new String(out, StandardCharsets.US_ASCII)).isEqualTo("0000000000000000000015");
    }
}
