package org.plinth.bench;

import java.io.IOException;
import java.nio.file.Files;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse + index of a whole file held in memory ({@code StepReader.read(byte[], lenient)}), the tokenizer's hot
 * loop. {@code file} is a corpus file name (read once in setup) or {@code generated}: 20 000 property entities
 * built in memory, so the benchmark also runs without the corpus. Returns the entity count so the JIT cannot
 * drop the work; {@code StepIndexBenchmarkTest} checks that count against known answers.
 * MB/s = file bytes / average time (the file sizes are printed in setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class StepIndexBenchmark {

    static final int GENERATED_ENTITIES = 20_000;

    @Param({"AC20-FZK-Haus.ifc", "geometrygym_great_court_roof.ifc", "generated"})
    public String file;

    byte[] content;

    @Setup
    public void load() throws IOException {
        content = "generated".equals(file)
                ? GeneratedStepFile.properties(GeneratedStepFile.PLAIN_STEP_TEXT, GENERATED_ENTITIES)
                : Files.readAllBytes(CorpusFiles.require(file));
        System.out.println("# " + file + ": " + content.length + " bytes");
    }

    @Benchmark
    public int index() {
        return PeerThroughputRunner.index(content);
    }
}
