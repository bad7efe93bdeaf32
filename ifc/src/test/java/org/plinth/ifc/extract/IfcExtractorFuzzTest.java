package org.plinth.ifc.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.plinth.ifc.IfcModel;
import org.plinth.ifc.export.IfcEdit;
import org.plinth.ifc.export.IfcEditApplier;
import org.plinth.step.StepModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/**
 * Random mutations of the fixtures that keep the file readable but break its meaning: references
 * re-pointed at other entities (wrong types, missing ids), values swapped for {@code $}, lists
 * emptied. Extraction and export must finish without an exception (problems become warnings).
 */
class IfcExtractorFuzzTest {

    private static final int CASES_PER_FIXTURE = Integer.getInteger("plinth.fuzz.cases", 1000);

    @Test
    void mutatedReferencesAndValuesNeverThrow() throws IOException {
        for (String fixture : List.of("/fixtures/ifc4-every-kind.ifc", "/fixtures/ifc2x3-broken-relations.ifc")) {
            byte[] original;
            try (InputStream in = IfcExtractorFuzzTest.class.getResourceAsStream(fixture)) {
                original = in.readAllBytes();
            }
            Random random = new Random(fixture.hashCode() ^ Long.getLong("plinth.fuzz.seed", 0L));
            int extracted = 0;
            for (int i = 0; i < CASES_PER_FIXTURE; i++) {
                byte[] mutated = mutate(original, random);
                StepModel step = StepReader.read(mutated, StepReadOptions.lenientDefaults());
                if (step.header().schemas().isEmpty()) {
                    step.close();
                    continue;
                }
                try (IfcModel model = IfcModel.of(step)) {
                    IfcExtraction x = new IfcExtractor(model).extractAll();
                    assertThat(x.header()).isNotNull();
                    extracted++;
                    if (!x.elements().isEmpty() && x.elements().get(0).uuid() != null) {
                        String uuid = x.elements().get(random.nextInt(x.elements().size())).uuid();
                        if (uuid != null) {
                            IfcEditApplier.write(model, List.of(new IfcEdit.Rename(uuid, "x"),
                                    new IfcEdit.SetProperty(uuid, "Pset_WallCommon", "IsExternal", true, null),
                                    new IfcEdit.AddClassification(uuid, new Classification("S", "N", "T", null)),
                                    new IfcEdit.DeleteElement(uuid)), new ByteArrayOutputStream());
                        }
                    }
                } catch (RuntimeException e) {
                    throw new AssertionError(fixture + " case " + i + " threw; mutated file:\n"
                            + new String(mutated, java.nio.charset.StandardCharsets.ISO_8859_1), e);
                }
            }
            assertThat(extracted).as(fixture).isGreaterThan(CASES_PER_FIXTURE * 9 / 10);
        }
    }

    /**
     * One to four edits, each at a random place: a digit after '#' changed, a string made '$', an entity
     * given another entity's type name, a list emptied.
     */
    private static byte[] mutate(byte[] in, Random random) {
        byte[] b = in.clone();
        int edits = 1 + random.nextInt(4);
        StringBuilder s = new StringBuilder(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1));
        int dataStart = s.indexOf("DATA;");
        for (int e = 0; e < edits; e++) {
            int at = dataStart + random.nextInt(s.length() - dataStart);
            int kind = random.nextInt(4);
            if (kind == 0) {
                int hash = s.indexOf("#", at);
                if (hash > 0 && hash + 1 < s.length() && Character.isDigit(s.charAt(hash + 1))) {
                    s.setCharAt(hash + 1, (char) ('1' + random.nextInt(9)));
                }
            } else if (kind == 1) {
                int quote = s.indexOf("'", at);
                int end = quote < 0 ? -1 : s.indexOf("'", quote + 1);
                if (end > quote && s.charAt(quote - 1) != '\\') {
                    s.replace(quote, end + 1, "$");
                }
            } else if (kind == 3) {
                // another entity's type name: attributes of the wrong count and kinds
                int eq = s.indexOf("=IFC", at);
                int other = s.indexOf("=IFC", dataStart + random.nextInt(s.length() - dataStart));
                if (eq > 0 && other > 0) {
                    String name = s.substring(other + 1, s.indexOf("(", other));
                    s.replace(eq + 1, s.indexOf("(", eq), name);
                }
            } else {
                int open = s.indexOf("((", at);
                int close = open < 0 ? -1 : s.indexOf(")", open);
                if (close > open) {
                    s.replace(open + 1, close + 1, "()");
                }
            }
        }
        return s.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
