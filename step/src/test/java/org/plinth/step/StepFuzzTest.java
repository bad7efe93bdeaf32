package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Random mutations (byte flips, insertions, deletions, truncations, duplicated spans) of own fixtures and of slices of
 * the corpus files. Each case must either read or throw {@link StepSyntaxException}; when it reads, every entity must
 * decode or throw {@link StepSyntaxException}/{@link StepValueException}, and the entities it accepted must re-read
 * strictly when written back raw. Each case runs under a generous time bound to catch hangs.
 *
 * <p>Reproducible: case {@code i} uses seed {@code base + i}. {@code -Dplinth.fuzz.cases=N} (the {@code fuzz} profile
 * sets a large N), {@code -Dplinth.fuzz.seed=S} for another base, {@code -Dplinth.fuzz.only=SEED} to rerun one case.
 */
class StepFuzzTest {

    private static final int DEFAULT_CASES = 10_000;
    private static final long DEFAULT_SEED = 0x5EED_F00DL;
    private static final long CASE_TIMEOUT_SECONDS = 10;
    private static final byte[] INTERESTING = "'();#=,$*./\\\"\n\r XE0123456789ABC!\u0000".getBytes(StandardCharsets.ISO_8859_1);

    private static final List<byte[]> fixtures = new ArrayList<>();
    private static final List<byte[]> corpus = new ArrayList<>();
    private static ExecutorService runner;

    @BeforeAll
    static void loadInputs() throws IOException {
        fixtures.add(StepReaderTest.SMALL.getBytes(StandardCharsets.UTF_8));
        fixtures.add((StepBadInputTest.HEAD
                + "#1=X('it''s','a\\\\b','\\S\\D','\\PB\\\\S\\1','\\X\\E4','\\X2\\968E\\X0\\','\\X2\\D83DDE00\\X0\\',"
                + "'\\X4\\0001F600\\X0\\','l\\N\\b\\F\\','C:\\Temp','Gr\u00FC\u00DFe');\n"
                + "#2=(IFCA(1,2.5)IFCB('x'));\n/* comment ; ' ( */\n#3=Y(\"0ABC\",.T.,*,$,IFCLABEL('x'),((1,2),(3.E-05,-0.)));\n"
                + "#4=Z(#1,(#2,#3),#999,+12,-1.5E+3);\n"
                + StepBadInputTest.TAIL).getBytes(StandardCharsets.UTF_8));
        StringBuilder list = new StringBuilder(StepBadInputTest.HEAD);
        list.append("#1=IFCCARTESIANPOINTLIST3D((");
        for (int i = 0; i < 300; i++) {
            list.append(i == 0 ? "" : ",").append('(').append(i).append(".,0.5,-1.)");
        }
        list.append("));\n#2=IFCINDEXEDPOLYGONALFACE((1,2,3));\n").append(StepBadInputTest.TAIL);
        fixtures.add(list.toString().getBytes(StandardCharsets.US_ASCII));
        for (Path file : StepCorpus.files()) {
            corpus.add(Files.readAllBytes(file));
        }
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "step-fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    @AfterAll
    static void stopRunner() {
        runner.shutdownNow();
    }

    @Test
    void mutatedInputsReadOrFailCleanly() throws Exception {
        long base = Long.getLong("plinth.fuzz.seed", DEFAULT_SEED);
        String only = System.getProperty("plinth.fuzz.only");
        int cases = Integer.getInteger("plinth.fuzz.cases", DEFAULT_CASES);
        long first = only != null ? Long.parseLong(only) : base;
        int count = only != null ? 1 : cases;
        int read = 0;
        int rejected = 0;
        for (int i = 0; i < count; i++) {
            long seed = first + i;
            Future<Boolean> outcome = runner.submit(() -> runCase(seed));
            try {
                if (outcome.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    read++;
                } else {
                    rejected++;
                }
            } catch (TimeoutException hang) {
                outcome.cancel(true);
                fail("fuzz case seed " + seed + " did not finish in " + CASE_TIMEOUT_SECONDS + " s; rerun with -Dplinth.fuzz.only=" + seed);
            } catch (ExecutionException e) {
                throw new AssertionError("fuzz case seed " + seed + " failed: " + e.getCause()
                        + "; rerun with -Dplinth.fuzz.only=" + seed, e.getCause());
            }
        }
        // the mutations are mild enough that many cases still read, and wild enough that some do not
        assertThat(read).isPositive();
        if (count >= 1000) {
            assertThat(rejected).isPositive();
        }
    }

    @Test
    void windowedScanAgreesWithWholeArrayScan() throws Exception {
        long base = Long.getLong("plinth.fuzz.seed", DEFAULT_SEED) ^ 0x77;
        int cases = Math.max(1, Integer.getInteger("plinth.fuzz.cases", DEFAULT_CASES) / 5);
        for (int i = 0; i < cases; i++) {
            long seed = base + i;
            Future<?> outcome = runner.submit(() -> {
                compareWindowed(seed);
                return null;
            });
            try {
                outcome.get(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException hang) {
                outcome.cancel(true);
                fail("windowed fuzz case seed " + seed + " did not finish in " + CASE_TIMEOUT_SECONDS + " s");
            } catch (ExecutionException e) {
                throw new AssertionError("windowed fuzz case seed " + seed + " failed: " + e.getCause(), e.getCause());
            }
        }
    }

    /** The same input through a 16..271-byte refilled window must give the same index, warnings and errors. */
    static void compareWindowed(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] input = mutate(pickInput(rnd), rnd);
        StepReadOptions options = rnd.nextBoolean() ? StepReadOptions.lenientDefaults() : StepReadOptions.strict();
        int window = 16 + rnd.nextInt(256);
        String whole = describe(() -> new StepIndexer(new StepSource.ArraySource(input), options, 0).index());
        String windowed = describe(() -> new StepIndexer(new StepSource.ArraySource(input, false), options, window).index());
        if (!windowed.equals(whole)) {
            String[] a = whole.split("\n", -1);
            String[] b = windowed.split("\n", -1);
            int i = 0;
            while (i < a.length && i < b.length && a[i].equals(b[i])) {
                i++;
            }
            fail("seed " + seed + ", window " + window + ": first difference at line " + i + "\n  whole:    "
                    + (i < a.length ? a[i] : "<end>") + "\n  windowed: " + (i < b.length ? b[i] : "<end>"));
        }
    }

    private static String describe(java.util.function.Supplier<StepModel> read) {
        StringBuilder sb = new StringBuilder();
        StepModel model;
        try {
            model = read.get();
        } catch (StepSyntaxException e) {
            return "rejected: " + e.getMessage();
        }
        for (int id : model.ids()) {
            sb.append(id).append(' ').append(model.offset(id)).append(' ').append(model.length(id)).append(' ')
                    .append(model.typeName(id)).append('\n');
        }
        sb.append(model.header()).append('\n').append(model.warningCount()).append('\n');
        for (StepWarning w : model.warnings()) {
            sb.append(w).append('\n');
        }
        return sb.toString();
    }

    /** True when the input read, false when it was rejected with StepSyntaxException. */
    static boolean runCase(long seed) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        byte[] input = mutate(pickInput(rnd), rnd);
        boolean lenient = rnd.nextInt(4) != 0;
        StepReadOptions options = lenient ? StepReadOptions.lenientDefaults() : StepReadOptions.strict();
        if (rnd.nextInt(3) == 0) {
            options = new StepReadOptions(lenient, 1 + rnd.nextInt(4), rnd.nextInt(64), 1 + rnd.nextInt(5000));
        }
        StepModel model;
        try {
            model = rnd.nextInt(40) == 0 ? InputMode.MAPPED_FILE.read(input, options) : StepReader.read(input, options);
        } catch (StepSyntaxException rejected) {
            return false;
        }
        check(model, input);
        return true;
    }

    private static byte[] pickInput(SplittableRandom rnd) {
        if (corpus.isEmpty() || rnd.nextInt(3) == 0) {
            return fixtures.get(rnd.nextInt(fixtures.size()));
        }
        byte[] file = corpus.get(rnd.nextInt(corpus.size()));
        return corpusSlice(file, rnd);
    }

    /** The header of a corpus file, then a random run of its data section (from a line start), then the file's tail. */
    private static byte[] corpusSlice(byte[] file, SplittableRandom rnd) {
        int data = indexOf(file, "DATA;".getBytes(StandardCharsets.US_ASCII));
        if (data < 0 || file.length < 4096) {
            return file;
        }
        int headerEnd = data + 5;
        int from = headerEnd + rnd.nextInt(Math.max(1, file.length - headerEnd - 64));
        while (from < file.length && file[from - 1] != '\n' && file[from - 1] != '\r') {
            from++;
        }
        int to = Math.min(file.length, from + 256 + rnd.nextInt(16 * 1024));
        byte[] tail = "\nENDSEC;\nEND-ISO-10303-21;\n".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(headerEnd + (to - from) + tail.length);
        out.write(file, 0, headerEnd);
        out.write('\n');
        out.write(file, from, Math.max(0, to - from));
        out.write(tail, 0, tail.length);
        return out.toByteArray();
    }

    private static byte[] mutate(byte[] original, SplittableRandom rnd) {
        byte[] b = original.clone();
        int mutations = 1 + rnd.nextInt(4);
        for (int m = 0; m < mutations && b.length > 0; m++) {
            int at = rnd.nextInt(b.length);
            switch (rnd.nextInt(6)) {
                case 0 -> b[at] = (byte) rnd.nextInt(256);
                case 1 -> b[at] = INTERESTING[rnd.nextInt(INTERESTING.length)];
                case 2 -> b = splice(b, at, 0, randomBytes(rnd, 1 + rnd.nextInt(8)));
                case 3 -> b = splice(b, at, Math.min(b.length - at, 1 + rnd.nextInt(32)), new byte[0]);
                case 4 -> b = java.util.Arrays.copyOf(b, at);
                default -> {
                    int len = Math.min(b.length - at, 1 + rnd.nextInt(200));
                    byte[] span = java.util.Arrays.copyOfRange(b, at, at + len);
                    b = splice(b, rnd.nextInt(b.length + 1), 0, span);
                }
            }
        }
        return b;
    }

    private static byte[] randomBytes(SplittableRandom rnd, int n) {
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            out[i] = rnd.nextBoolean() ? INTERESTING[rnd.nextInt(INTERESTING.length)] : (byte) rnd.nextInt(256);
        }
        return out;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (hay[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Invariants of a model read from fuzzed input. */
    private static void check(StepModel model, byte[] input) throws IOException {
        StepHeader header = model.header();
        assertThat(header.schemas()).doesNotContainNull();
        assertThat(model.warnings().size()).isLessThanOrEqualTo(StepIndexer.MAX_KEPT_WARNINGS);
        assertThat(model.warningCount()).isGreaterThanOrEqualTo(model.warnings().size());
        for (int code = 0; code < model.symbols().size(); code++) {
            model.idsOfType(code);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(input.length + 256);
        StepWriter writer = new StepWriter(out);
        writer.writeHeader(StepHeader.empty());
        for (int id : model.ids()) {
            assertThat(model.contains(id)).isTrue();
            long offset = model.offset(id);
            int length = model.length(id);
            assertThat(offset + length).isLessThanOrEqualTo(input.length);
            assertThat(input[(int) offset]).isEqualTo((byte) '#');
            assertThat(input[(int) offset + length - 1]).isEqualTo((byte) ';');
            StepEntity entity = model.entity(id);
            entity.typeName();
            try {
                for (StepValue v : entity.attributes()) {
                    assertThat(v).isNotNull();
                }
                if (entity.attributeCount() > 0) {
                    probe(entity);
                }
            } catch (StepSyntaxException | StepValueException expected) {
                // a token the index pass does not check was malformed
            }
            writer.writeRaw(model, id);
        }
        writer.finish();
        // what the reader accepted as entities is well-formed on its own
        StepModel again = StepReader.read(out.toByteArray(), StepReadOptions.strict());
        assertThat(again.ids()).containsExactly(model.ids());
    }

    private static void probe(StepEntity entity) {
        for (int i = 0; i < entity.attributeCount(); i++) {
            try {
                entity.isNull(i);
                entity.stringOpt(i);
            } catch (StepValueException expected) {
                // kind mismatch
            }
            try {
                entity.refs(i);
            } catch (StepValueException expected) {
                // kind mismatch
            }
            try {
                entity.real(i);
            } catch (StepValueException expected) {
                // kind mismatch
            }
        }
    }
}
