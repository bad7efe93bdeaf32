package org.plinth.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line of the corpus runners: {@code [--warmup N] [--reps N] [file.ifc ...]}; no files means every
 * corpus file, sorted by name as the web-ifc scripts list them.
 */
record CorpusRunArguments(int warmup, int reps, List<Path> files) {

    static CorpusRunArguments parse(String[] args, int defaultWarmup, int defaultReps) {
        int warmup = defaultWarmup;
        int reps = defaultReps;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--reps" -> reps = Integer.parseInt(args[++i]);
                default -> files.add(Path.of(args[i]));
            }
        }
        if (reps < 1) {
            throw new IllegalArgumentException("--reps must be at least 1, was " + reps);
        }
        return new CorpusRunArguments(warmup, reps, files.isEmpty() ? CorpusFiles.allIfcFiles() : List.copyOf(files));
    }
}
