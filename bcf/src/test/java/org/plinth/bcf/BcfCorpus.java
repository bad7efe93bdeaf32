package org.plinth.bcf;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The official BCF-XML test cases in the shared corpus ({@code $PLINTH_CORPUS_DIR/bcf}, default
 * {@code /work/shared/data/bcf}), read in place. Only the case archives count; the {@code unzipped/} copies are not BCF
 * zips (their {@code markup.bcf} files share the extension).
 */
final class BcfCorpus {

    private BcfCorpus() {
    }

    static Path root() {
        String dir = System.getenv("PLINTH_CORPUS_DIR");
        Path root = Path.of(dir == null || dir.isBlank() ? "/work/shared/data" : dir).resolve("bcf");
        assumeTrue(Files.isDirectory(root), "BCF corpus not found at " + root
                + " (set PLINTH_CORPUS_DIR to the folder holding bcf/); corpus tests skipped");
        return root;
    }

    /** Case archives of one version folder ({@code xml-2.1} or {@code xml-3.0}), sorted by path. */
    static List<Path> archives(String versionFolder) {
        Path dir = root().resolve(versionFolder);
        assumeTrue(Files.isDirectory(dir), "no " + dir + " in the BCF corpus");
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".bcf"))
                    .filter(p -> !dir.relativize(p).toString().contains("unzipped"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "Markup/MaximumInformation" for a case archive. */
    static String caseName(String versionFolder, Path archive) {
        return root().resolve(versionFolder).relativize(archive.getParent()).toString();
    }
}
