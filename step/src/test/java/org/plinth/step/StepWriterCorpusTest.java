package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file written back raw re-reads to identical entity bytes; written from decoded values, to equal values. */
class StepWriterCorpusTest {

    @BeforeAll
    static void needsCorpus() {
        assumeTrue(StepCorpus.present(), "corpus not found at " + StepCorpus.ifcDir());
    }

    static Stream<Path> corpusFiles() {
        return StepCorpus.files().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpusFiles")
    void corpusFileRoundTripsRawBytesAndDecodedValues(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        StepModel original = StepReader.read(bytes, StepReadOptions.strict());

        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length + 1024);
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(original.header());
        for (int id : original.ids()) {
            writer.writeRaw(original, id);
        }
        writer.finish();
        byte[] written = out.toByteArray();
        StepModel raw = StepReader.read(written, StepReadOptions.strict());

        assertThat(raw.header()).isEqualTo(original.header());
        assertThat(raw.ids()).containsExactly(original.ids());
        List<Integer> rawMismatches = new ArrayList<>();
        for (int id : original.ids()) {
            if (!Arrays.equals(slice(written, raw, id), slice(bytes, original, id))) {
                rawMismatches.add(id);
            }
        }
        assertThat(rawMismatches).as("entities whose bytes changed").isEmpty();

        StepModel decoded = StepReader.read(StepWriterTest.rewriteDecoded(original), StepReadOptions.strict());
        assertThat(decoded.ids()).containsExactly(original.ids());
        List<String> valueMismatches = new ArrayList<>();
        for (int id : original.ids()) {
            if (!decoded.typeName(id).equals(original.typeName(id))
                    || !decoded.entity(id).attributes().equals(original.entity(id).attributes())) {
                valueMismatches.add("#" + id + " " + original.entity(id).attributes() + " became " + decoded.entity(id).attributes());
            }
        }
        assertThat(valueMismatches).as("entities whose values changed").isEmpty();
    }

    private static byte[] slice(byte[] bytes, StepModel model, int id) {
        int from = (int) model.offset(id);
        return Arrays.copyOfRange(bytes, from, from + model.length(id));
    }
}
