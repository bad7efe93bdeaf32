package org.plinth.step;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The shared IFC corpus, read in place: {@code $PLINTH_CORPUS_DIR/ifc}, by default {@code ../shared/data/ifc}
 * relative to the repository root. Tests that need it assume it is present; fixture tests never do.
 */
final class StepCorpus {

    private StepCorpus() {
    }

    static Path ifcDir() {
        String env = System.getenv("PLINTH_CORPUS_DIR");
        Path data = env != null && !env.isBlank()
                ? Path.of(env)
                : repositoryRoot().resolve("../shared/data").normalize();
        return data.resolve("ifc");
    }

    static boolean present() {
        return Files.isDirectory(ifcDir());
    }

    /** Surefire runs in the module directory; the repository root is the nearest parent with mvnw. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.exists(p.resolve("mvnw")) && Files.exists(p.resolve("step"))) {
                return p;
            }
        }
        return dir.getParent() != null ? dir.getParent() : dir;
    }

    static List<Path> files() {
        if (!present()) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(ifcDir())) {
            return list.filter(p -> p.getFileName().toString().endsWith(".ifc")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MANIFEST.tsv or FEATURES.tsv as file name -> column name -> value. */
    static Map<String, Map<String, String>> table(String name) {
        try {
            List<String> lines = Files.readAllLines(ifcDir().resolve(name), StandardCharsets.UTF_8);
            String[] columns = lines.get(0).split("\t", -1);
            Map<String, Map<String, String>> rows = new HashMap<>();
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < columns.length && i < cells.length; i++) {
                    row.put(columns[i], cells[i]);
                }
                rows.put(cells[0], row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines that start an entity instance ("#digits" then optional blanks then "="), counted without the reader. */
    static int countEntityLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            int count = 0;
            for (String line : lines) {
                if (line.isEmpty() || line.charAt(0) != '#') {
                    continue;
                }
                int i = 1;
                while (i < line.length() && Character.isDigit(line.charAt(i))) {
                    i++;
                }
                while (i < line.length() && line.charAt(i) == ' ') {
                    i++;
                }
                if (i > 1 && i < line.length() && line.charAt(i) == '=') {
                    count++;
                }
            }
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Object[]> filesAndModes() {
        List<Object[]> out = new ArrayList<>();
        for (Path file : files()) {
            for (InputMode mode : InputMode.values()) {
                out.add(new Object[] {file, mode});
            }
        }
        return out;
    }
}
