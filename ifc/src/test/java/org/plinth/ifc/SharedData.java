package org.plinth.ifc;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared corpus and reference files are: env {@code PLINTH_CORPUS_DIR} (the directory
 * holding {@code ifc/}), else {@code ../shared/data} seen from the repository root. Tests run with
 * the module directory as working directory, so both the root and its parent are tried.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The corpus directory ({@code .../data}), if present on this machine. */
    public static Optional<Path> corpusDir() {
        String env = System.getenv("PLINTH_CORPUS_DIR");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        return firstExisting("../shared/data", "../../shared/data");
    }

    /** {@code .../reference/ifc-schema}, if present. */
    public static Optional<Path> expressDir() {
        Optional<Path> besideCorpus = corpusDir().map(c -> c.resolveSibling("reference").resolve("ifc-schema"));
        if (besideCorpus.isPresent() && Files.isDirectory(besideCorpus.get())) {
            return besideCorpus;
        }
        return firstExisting("../shared/reference/ifc-schema", "../../shared/reference/ifc-schema");
    }

    private static Optional<Path> firstExisting(String... candidates) {
        for (String c : candidates) {
            Path p = Path.of(c).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
