package org.plinth.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Full extraction time per corpus file (read + index, then {@link LargeFileRunner#extract}'s complete
 * {@code IfcExtractor} pass), after {@code --warmup} passes over all files; the best of {@code --reps} runs.
 * web-ifc has no counterpart of this extraction, so there is no peer column.
 *
 * <p>Usage: {@code CorpusExtractionRunner [--warmup N] [--reps N] [file.ifc ...]} (defaults 2, 5, every corpus
 * file). Prints TSV: {@code tool file bytes products read_ms extract_ms products_per_s}; the last row sums all files
 * (its extract_ms column holds read + extract).
 */
public final class CorpusExtractionRunner {

    private CorpusExtractionRunner() {
    }

    public static void main(String[] args) throws IOException {
        CorpusRunArguments arguments = CorpusRunArguments.parse(args, 2, 5);
        int warmup = arguments.warmup();
        int reps = arguments.reps();
        List<Path> files = arguments.files();
        for (int pass = 0; pass < warmup; pass++) {
            for (Path file : files) {
                LargeFileRunner.extract(file);
            }
        }
        System.out.println("tool\tfile\tbytes\tproducts\tread_ms\textract_ms\tproducts_per_s");
        long totalBytes = 0;
        long totalProducts = 0;
        long totalNanos = 0;
        for (Path file : files) {
            LargeFileRunner.ExtractionFigure best = null;
            for (int run = 0; run < reps; run++) {
                LargeFileRunner.ExtractionFigure figure = LargeFileRunner.extract(file);
                if (best == null || figure.readNanos() + figure.extractNanos() < best.readNanos() + best.extractNanos()) {
                    best = figure;
                }
            }
            long bytes = Files.size(file);
            long nanos = best.readNanos() + best.extractNanos();
            totalBytes += bytes;
            totalProducts += best.products();
            totalNanos += nanos;
            System.out.println(String.format(Locale.ROOT, "plinth-ifc\t%s\t%d\t%d\t%.2f\t%.2f\t%.0f", file.getFileName(),
                    bytes, best.products(), best.readNanos() / 1e6, best.extractNanos() / 1e6, best.products() / (nanos / 1e9)));
        }
        System.out.println(String.format(Locale.ROOT, "plinth-ifc\tall_%d_files\t%d\t%d\t\t%.2f\t%.0f", files.size(),
                totalBytes, totalProducts, totalNanos / 1e6, totalProducts / (totalNanos / 1e9)));
    }
}
