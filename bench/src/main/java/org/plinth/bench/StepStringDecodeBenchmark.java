package org.plinth.bench;

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

    @Setup
    public void index() {
        String stepText = "plain".equals(strings) ? GeneratedStepFile.PLAIN_STEP_TEXT : GeneratedStepFile.ESCAPED_STEP_TEXT;
        model = StepReader.read(GeneratedStepFile.properties(stepText, ENTITIES), StepReadOptions.strict());
        ids = model.ids();
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
}
