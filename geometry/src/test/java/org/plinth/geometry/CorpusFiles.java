package org.plinth.geometry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The shared IFC corpus: env {@code PLINTH_CORPUS_DIR} (holding {@code ifc/}), else {@code ../shared/data}. */
public final class CorpusFiles {

    private CorpusFiles() {
    }

    public static Optional<Path> ifcDir() {
        String env = System.getenv("PLINTH_CORPUS_DIR");
        List<Path> candidates = new ArrayList<>();
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env, "ifc"));
        } else {
            candidates.add(Path.of("../shared/data/ifc"));
            candidates.add(Path.of("../../shared/data/ifc"));
        }
        for (Path p : candidates) {
            if (Files.isDirectory(p)) {
                return Optional.of(p.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /** Every {@code *.ifc} of the corpus, sorted by name; empty when the corpus is absent. */
    public static List<Path> ifcFiles() throws IOException {
        Optional<Path> dir = ifcDir();
        if (dir.isEmpty()) {
            return List.of();
        }
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(dir.get())) {
            s.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".ifc")).sorted().forEach(out::add);
        }
        return out;
    }
}
