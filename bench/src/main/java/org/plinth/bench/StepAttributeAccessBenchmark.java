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
import org.plinth.step.StepModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/**
 * Reading one attribute of an entity, as extraction does: the same short Name string, in 2 000 entities of
 * three shapes. {@code single}: {@code IFCLABELHOLDER('Name')}, only that attribute. {@code wall}: an
 * {@code IFCWALLSTANDARDCASE} with its 8 attributes, Name third. {@code pointlist}: Name first, then a list of
 * 200 points. If reading one attribute costs the same in all three, attribute access is lazy per attribute; if
 * it grows with the entity, every access decodes the whole entity. Returns the sum of the names' hash codes,
 * checked by {@code StepAttributeAccessBenchmarkTest}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class StepAttributeAccessBenchmark {

    static final int ENTITIES = 2_000;
    static final String NAME = "Basic Wall:Interior - 138mm Partition (1-hr)";

    @Param({"single", "wall", "pointlist"})
    public String shape;

    StepModel model;
    int[] ids;
    int nameIndex;

    @Setup
    public void index() {
        byte[] content;
        switch (shape) {
            case "single" -> {
                content = GeneratedStepFile.entities(ENTITIES, id -> "IFCLABELHOLDER('" + NAME + "')");
                nameIndex = 0;
            }
            case "wall" -> {
                content = GeneratedStepFile.entities(ENTITIES, id -> "IFCWALLSTANDARDCASE('2O2Fr$t4X7Zf8NOew3FLOH',#"
                        + id + ",'" + NAME + "',$,'Basic Wall:Interior',#" + id + ",#" + id + ",'128360')");
                nameIndex = 2;
            }
            case "pointlist" -> {
                StringBuilder points = new StringBuilder(200 * 24);
                for (int p = 0; p < 200; p++) {
                    points.append(p == 0 ? "(" : ",(").append(p).append(".5,").append(p * 2).append(".25,0.)");
                }
                String list = points.toString();
                content = GeneratedStepFile.entities(ENTITIES, id -> "IFCNAMEDPOINTLIST('" + NAME + "',(" + list + "))");
                nameIndex = 0;
            }
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        }
        model = StepReader.read(content, StepReadOptions.strict());
        ids = model.ids();
    }

    @TearDown
    public void close() {
        model.close();
    }

    @Benchmark
    public long readName() {
        long hashSum = 0;
        for (int id : ids) {
            hashSum += model.entity(id).string(nameIndex).hashCode();
        }
        return hashSum;
    }
}
