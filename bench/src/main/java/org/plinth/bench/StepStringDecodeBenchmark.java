package org.plinth.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.plinth.step.StepEntity;
import org.plinth.step.StepModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/**
 * Lazy string decoding: for each of 10 000 indexed entities, decode attribute 0 (a STRING) and attribute 2 (a
 * typed {@code IFCLABEL('...')}, unwrapped). {@code strings=plain} is ASCII without escapes (the fast path);
 * {@code strings=escaped} uses every ISO 10303-21 escape once. Returns the sum of the decoded strings' hash
 * codes, which {@code StepStringDecodeBenchmarkTest} checks against the expected Java strings.
 *
 * <p>{@code jdkNewStringFloor} is the reference: the JDK making a {@code String} of the same raw bytes between
 * the quotes ({@code new String(bytes, off, len, UTF_8)}, no escape handling, no attribute lookup), i.e. the
 * copy every decoder pays at least. There is no web-ifc counterpart of lazy attribute decoding.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StepStringDecodeBenchmark {

    static final int ENTITIES = 10_000;

    @Param({"plain", "escaped"})
    public String strings;

    StepModel model;
    int[] ids;
    byte[] content;
    /** Start and length of every quoted text in {@link #content}, between the quotes, pairs in file order. */
    int[] quotedTexts;

    @Setup
    public void index() {
        String stepText = "plain".equals(strings) ? GeneratedStepFile.PLAIN_STEP_TEXT : GeneratedStepFile.ESCAPED_STEP_TEXT;
        content = GeneratedStepFile.properties(stepText, ENTITIES);
        model = StepReader.read(content, StepReadOptions.strict());
        ids = model.ids();
        quotedTexts = quotedTextsOfData(content);
    }

    /** Quoted texts after DATA; (the generated texts contain no quote other than the escaped {@code ''}). */
    static int[] quotedTextsOfData(byte[] content) {
        int[] found = new int[4 * ENTITIES];
        int count = 0;
        int data = new String(content, 0, Math.min(content.length, 1024), StandardCharsets.ISO_8859_1).indexOf("DATA;");
        for (int i = data; i < content.length; i++) {
            if (content[i] == '\'') {
                int start = i + 1;
                int end = start;
                while (content[end] != '\'' || content[end + 1] == '\'') {
                    end += content[end] == '\'' ? 2 : 1;
                }
                found[count++] = start;
                found[count++] = end - start;
                i = end;
            }
        }
        return Arrays.copyOf(found, count);
    }

    @TearDown
    public void close() {
        model.close();
    }

    @Benchmark
    public long decode() {
        long hashSum = 0;
        for (int id : ids) {
            StepEntity entity = model.entity(id);
            hashSum += entity.string(0).hashCode();
            hashSum += entity.string(2).hashCode();
        }
        return hashSum;
    }

    @Benchmark
    public long jdkNewStringFloor() {
        long hashSum = 0;
        for (int i = 0; i < quotedTexts.length; i += 2) {
            hashSum += new String(content, quotedTexts[i], quotedTexts[i + 1], StandardCharsets.UTF_8).hashCode();
        }
        return hashSum;
    }
}
