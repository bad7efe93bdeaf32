package org.plinth.bcf;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Inflates every file entry of a zip into memory under {@link BcfLimits}: entry count, bytes per entry, bytes in all,
 * and compression ratio are checked while inflating, so a bomb stops after at most one buffer past a limit. Entry
 * names are checked before anything is inflated: absolute paths, drive letters and {@code ..} segments are refused
 * (a later extraction to disk must not escape its folder), as are duplicate names (two readers could disagree on
 * which one counts). Backslashes, written by some Windows tools, are read as slashes.
 *
 * <p>Two ways in: a stream is read front to back through its local headers ({@link ZipInputStream}); a file is read
 * through its central directory ({@link ZipFile}), which also handles what streaming cannot (stored entries with a
 * data descriptor, data before the first entry) and knows the entry count before inflating anything.
 */
final class BoundedZipInflater {

    private static final int BUFFER = 16 * 1024;

    private BoundedZipInflater() {
    }

    /** Entry name → bytes, in zip order; directory entries are skipped. The stream is not closed. */
    static Map<String, byte[]> inflate(InputStream source, BcfLimits limits) throws IOException {
        CountingInputStream counted = new CountingInputStream(source);
        Budget budget = new Budget(limits);
        try (ZipInputStream zip = new ZipInputStream(counted, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = budget.admit(entry);
                if (name != null) {
                    long compressedAtStart = counted.count;
                    budget.read(name, zip, entry.getSize(), () -> counted.count - compressedAtStart,
                            () -> counted.count);
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: entry name bytes that are not valid UTF-8
            throw new BcfFormatException(null, 0, 0, "not a readable zip: " + e.getMessage(), e);
        }
        return budget.finish();
    }

    /** Entry name → bytes, in central-directory order; directory entries are skipped. */
    static Map<String, byte[]> inflate(Path file, BcfLimits limits) throws IOException {
        long fileSize = Files.size(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8);
        } catch (ZipException e) {
            throw new BcfFormatException(null, 0, 0, "not a zip (" + e.getMessage() + ")", e);
        }
        try (zip) {
            if (zip.size() > limits.maxEntries()) {
                throw tooManyEntries(limits);
            }
            Budget budget = new Budget(limits);
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = budget.admit(entry);
                if (name != null) {
                    long compressed = entry.getCompressedSize();
                    try (InputStream in = zip.getInputStream(entry)) {
                        budget.read(name, in, entry.getSize(), () -> compressed, () -> fileSize);
                    }
                }
            }
            return budget.finish();
        } catch (ZipException | IllegalArgumentException e) {
            throw new BcfFormatException(null, 0, 0, "not a readable zip: " + e.getMessage(), e);
        }
    }

    private static BcfLimitExceededException tooManyEntries(BcfLimits limits) {
        return new BcfLimitExceededException(null, "maxEntries", limits.maxEntries(),
                "zip has more than " + limits.maxEntries() + " entries");
    }

    /** Compressed bytes behind what has been inflated so far. */
    private interface CompressedCount {
        long get();
    }

    /** The limits of one zip, spent entry by entry. */
    private static final class Budget {
        private final BcfLimits limits;
        private final Map<String, byte[]> entries = new LinkedHashMap<>();
        private final byte[] buffer = new byte[BUFFER];
        private long total;
        private int count;

        Budget(BcfLimits limits) {
            this.limits = limits;
        }

        /** Counts the entry and checks its name; null for a directory (nothing to read). */
        String admit(ZipEntry entry) {
            count++;
            if (count > limits.maxEntries()) {
                throw tooManyEntries(limits);
            }
            String name = checkedName(entry.getName());
            if (entry.isDirectory()) {
                return null;
            }
            if (entries.containsKey(name)) {
                throw new BcfFormatException(name, 0, 0, "duplicate zip entry");
            }
            return name;
        }

        void read(String name, InputStream in, long declaredSize, CompressedCount entryCompressed,
                  CompressedCount zipCompressed) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream(
                    (int) Math.min(Math.max(declaredSize, 256), Math.min(limits.maxEntryBytes(), 1 << 20)));
            long size = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                size += n;
                total += n;
                if (size > limits.maxEntryBytes()) {
                    throw new BcfLimitExceededException(name, "maxEntryBytes", limits.maxEntryBytes(),
                            "entry inflates to more than " + limits.maxEntryBytes() + " bytes");
                }
                if (total > limits.maxTotalBytes()) {
                    throw new BcfLimitExceededException(name, "maxTotalBytes", limits.maxTotalBytes(),
                            "zip inflates to more than " + limits.maxTotalBytes() + " bytes");
                }
                if (size > limits.ratioCheckFloorBytes()) {
                    long ratio = size / Math.max(1, entryCompressed.get());
                    if (ratio > limits.maxCompressionRatio()) {
                        throw new BcfLimitExceededException(name, "maxCompressionRatio",
                                limits.maxCompressionRatio(), "entry inflates " + ratio
                                + " times its compressed size (zip bomb?)");
                    }
                }
                if (total > limits.ratioCheckFloorBytes()) {
                    long ratio = total / Math.max(1, zipCompressed.get());
                    if (ratio > limits.maxCompressionRatio()) {
                        throw new BcfLimitExceededException(name, "maxCompressionRatio",
                                limits.maxCompressionRatio(), "zip inflates " + ratio
                                + " times its compressed size (zip bomb?)");
                    }
                }
                out.write(buffer, 0, n);
            }
            entries.put(name, out.toByteArray());
        }

        Map<String, byte[]> finish() {
            if (count == 0) {
                throw new BcfFormatException(null, 0, 0, "not a zip (no entries found)");
            }
            return entries;
        }
    }

    /** The entry name with '/' separators, or a {@link BcfFormatException} when it could escape a folder. */
    static String checkedName(String raw) {
        String name = raw.replace('\\', '/');
        if (name.isEmpty() || name.startsWith("/") || name.indexOf('\0') >= 0
                || (name.length() >= 2 && name.charAt(1) == ':')) {
            throw new BcfFormatException(raw, 0, 0, "absolute zip entry path refused");
        }
        int start = 0;
        while (start <= name.length()) {
            int end = name.indexOf('/', start);
            if (end < 0) {
                end = name.length();
            }
            if (end - start == 2 && name.charAt(start) == '.' && name.charAt(start + 1) == '.') {
                throw new BcfFormatException(raw, 0, 0, "zip entry path with '..' refused (path traversal)");
            }
            start = end + 1;
        }
        return name;
    }

    /** Counts bytes read from the compressed source, for the ratio check. */
    private static final class CountingInputStream extends FilterInputStream {
        long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public void close() {
            // the caller owns the source stream
        }

        @Override
        public long skip(long n) throws IOException {
            long s = super.skip(n);
            count += s;
            return s;
        }
    }
}
