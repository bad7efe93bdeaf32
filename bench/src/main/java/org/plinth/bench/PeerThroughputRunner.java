package org.plinth.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.plinth.step.StepModel;
import org.plinth.step.StepReadOptions;
import org.plinth.step.StepReader;

/**
 * Times our parse + index ({@link StepReader#read(byte[], StepReadOptions)} on bytes already in memory) over
 * the same files as {@code bench/webifc/parse-throughput.mjs}, printing the same TSV columns so
 * {@code bench/run compare} can join the two:
 * {@code tool file bytes entities reps best_ms median_ms mb_per_s best_cpu_ms median_cpu_ms}, with
 * mb_per_s = bytes / 1e6 / median s. The cpu columns are this thread's CPU time during the read (the reader is
 * single-threaded): on a shared machine they do not grow while the thread waits for a core.
 *
 * <p>Usage: {@code PeerThroughputRunner [--warmup N] [--reps N] [file.ifc ...]} (default: every corpus file).
 * Warm-up runs of each file come before its timed runs, as in the web-ifc script; a first pass over all files
 * also warms the JIT so the first small file is not timed in the interpreter.
 */
public final class PeerThroughputRunner {

    /** One file's figures. */
    record FileFigure(String file, long bytes, int entities, int reps, double bestMs, double medianMs,
            double bestCpuMs, double medianCpuMs) {

        double megabytesPerSecond() {
            return bytes / 1e6 / (medianMs / 1e3);
        }
    }

    private PeerThroughputRunner() {
    }

    public static void main(String[] args) throws IOException {
        CorpusRunArguments arguments = CorpusRunArguments.parse(args, 3, 20);
        int warmup = arguments.warmup();
        int reps = arguments.reps();
        List<Path> files = arguments.files();
        List<byte[]> contents = new ArrayList<>(files.size());
        for (Path file : files) {
            contents.add(Files.readAllBytes(file));
        }
        for (int pass = 0; pass < warmup; pass++) {
            for (byte[] content : contents) {
                index(content);
            }
        }
        System.out.println("tool\tfile\tbytes\tentities\treps\tbest_ms\tmedian_ms\tmb_per_s\tbest_cpu_ms\tmedian_cpu_ms");
        for (int f = 0; f < files.size(); f++) {
            FileFigure figure = measure(files.get(f).getFileName().toString(), contents.get(f), warmup, reps);
            System.out.println(String.format(Locale.ROOT, "plinth-step\t%s\t%d\t%d\t%d\t%.2f\t%.2f\t%.1f\t%.2f\t%.2f",
                    figure.file(), figure.bytes(), figure.entities(), figure.reps(), figure.bestMs(),
                    figure.medianMs(), figure.megabytesPerSecond(), figure.bestCpuMs(), figure.medianCpuMs()));
        }
    }

    static FileFigure measure(String name, byte[] content, int warmup, int reps) {
        int entities = 0;
        for (int run = 0; run < warmup; run++) {
            entities = index(content);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] timesMs = new double[reps];
        double[] cpuMs = new double[reps];
        for (int run = 0; run < reps; run++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            entities = index(content);
            timesMs[run] = (System.nanoTime() - start) / 1e6;
            cpuMs[run] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(timesMs);
        Arrays.sort(cpuMs);
        return new FileFigure(name, content.length, entities, reps, timesMs[0], timesMs[reps / 2], cpuMs[0],
                cpuMs[reps / 2]);
    }

    /** Parse + index, the counterpart of web-ifc's OpenModel; returns the entity count so the work is used. */
    static int index(byte[] content) {
        try (StepModel model = StepReader.read(content, StepReadOptions.lenientDefaults())) {
            return model.size();
        }
    }
}
