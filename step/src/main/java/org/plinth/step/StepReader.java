package org.plinth.step;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads ISO 10303-21 files into an indexed {@link StepModel}. */
public final class StepReader {

    /** Files larger than this are memory-mapped instead of read onto the heap. */
    static final long MAP_THRESHOLD_BYTES = 64L * 1024 * 1024;

    private StepReader() {
    }

    /** Lenient read ({@link StepReadOptions#lenientDefaults()}); large files are memory-mapped. */
    public static StepModel read(Path file) throws IOException {
        return read(file, StepReadOptions.lenientDefaults());
    }

    public static StepModel read(Path file, StepReadOptions options) throws IOException {
        long size = Files.size(file);
        if (size > MAP_THRESHOLD_BYTES) {
            return readMapped(file, options, StepSource.MappedSource.DEFAULT_SEGMENT_BYTES, StepIndexer.DEFAULT_WINDOW_BYTES);
        }
        return read(Files.readAllBytes(file), options);
    }

    /** Reads the stream to its end (at most 2 GiB; use {@link #read(Path, StepReadOptions)} for larger files). */
    public static StepModel read(InputStream in, StepReadOptions options) throws IOException {
        return read(in.readAllBytes(), options);
    }

    /** Reads from the array; the model keeps it, so it must not change afterwards. */
    public static StepModel read(byte[] data, StepReadOptions options) {
        return new StepIndexer(new StepSource.ArraySource(data), options, 0).index();
    }

    /** Maps the file in segments of {@code segmentBytes} and scans it through a window of {@code windowBytes}. */
    static StepModel readMapped(Path file, StepReadOptions options, int segmentBytes, int windowBytes) throws IOException {
        StepSource source = new StepSource.MappedSource(file, segmentBytes);
        try {
            return new StepIndexer(source, options, windowBytes).index();
        } catch (RuntimeException e) {
            source.close();
            throw e;
        }
    }
}
