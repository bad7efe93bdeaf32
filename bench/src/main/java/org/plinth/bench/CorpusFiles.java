package org.plinth.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the shared IFC corpus the same way the web-ifc scripts do: env {@code PLINTH_CORPUS_DIR} (the folder
 * holding {@code ifc/}), else {@code ../shared/data} seen from the repository root. Maven runs tests from
 * {@code bench/}, the scripts from the root, so both the working directory and its parent are tried.
 */
final class CorpusFiles {

    private CorpusFiles() {
    }

    static Optional<Path> ifcDirectory() {
        String configured = System.getenv("PLINTH_CORPUS_DIR");
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured).resolve("ifc");
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        Path here = Path.of("").toAbsolutePath();
        for (Path root = here; root != null && root.getParent() != null; root = root.getParent()) {
            Path dir = root.getParent().resolve("shared").resolve("data").resolve("ifc");
            if (Files.isDirectory(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }

    static Path require(String fileName) {
        Path dir = ifcDirectory().orElseThrow(() -> new IllegalStateException(
                "IFC corpus not found: set PLINTH_CORPUS_DIR to the folder holding ifc/ (default ../shared/data)"));
        Path file = dir.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("corpus file missing: " + file);
        }
        return file;
    }

    /** Every {@code *.ifc} of the corpus, sorted by name (the order the web-ifc script uses). */
    static List<Path> allIfcFiles() {
        Path dir = ifcDirectory().orElseThrow(() -> new IllegalStateException(
                "IFC corpus not found: set PLINTH_CORPUS_DIR to the folder holding ifc/ (default ../shared/data)"));
        List<Path> files = new ArrayList<>();
        try (var listing = Files.newDirectoryStream(dir, "*.{ifc,IFC}")) {
            for (Path file : listing) {
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        return files;
    }
}
