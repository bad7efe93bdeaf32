package org.plinth.bcf;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Inflates every file entry of a zip into memory under {@link BcfLimits}: entry count, bytes per entry, bytes in all,
 * and compression ratio are checked while inflating, so a bomb stops after at most one buffer past a limit. Entry
 * names are checked before anything is inflated: absolute paths, drive letters and {@code ..} segments are refused
 * (a later extraction to disk must not escape its folder), as are duplicate names (two readers could disagree on
 * which one counts). Backslashes, written by some Windows tools, are read as slashes.
 */
final class BoundedZipInflater {

    private BoundedZipInflater() {
    }

    /** Entry name → bytes, in zip order; directory entries are skipped. */
    static Map<String, byte[]> inflate(InputStream source, BcfLimits limits) throws IOException {
        CountingInputStream counted = new CountingInputStream(source);
        Map<String, byte[]> entries = new LinkedHashMap<>();
        byte[] buffer = new byte[16 * 1024];
        long total = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                count++;
                if (count > limits.maxEntries()) {
                    throw new BcfLimitExceededException(null, "maxEntries", limits.maxEntries(),
                            "zip has more than " + limits.maxEntries() + " entries");
                }
                String name = checkedName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(name)) {
                    throw new BcfFormatException(name, 0, 0, "duplicate zip entry");
                }
                long compressedAtStart = counted.count;
                ByteArrayOutputStream out = new ByteArrayOutputStream(
                        (int) Math.min(Math.max(entry.getSize(), 256), 1 << 20));
                long size = 0;
                int n;
                while ((n = zip.read(buffer)) > 0) {
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
                        long compressed = Math.max(1, counted.count - compressedAtStart);
                        if (size / compressed > limits.maxCompressionRatio()) {
                            throw new BcfLimitExceededException(name, "maxCompressionRatio",
                                    limits.maxCompressionRatio(), "entry inflates " + size / compressed
                                    + " times its compressed size (zip bomb?)");
                        }
                    }
                    if (total > limits.ratioCheckFloorBytes()
                            && total / Math.max(1, counted.count) > limits.maxCompressionRatio()) {
                        throw new BcfLimitExceededException(name, "maxCompressionRatio", limits.maxCompressionRatio(),
                                "zip inflates " + total / Math.max(1, counted.count)
                                        + " times its compressed size (zip bomb?)");
                    }
                    out.write(buffer, 0, n);
                }
                entries.put(name, out.toByteArray());
            }
        } catch (ZipException | IllegalArgumentException e) {
            // IllegalArgumentException: entry name bytes that are not valid UTF-8
            throw new BcfFormatException(null, 0, 0, "not a readable zip: " + e.getMessage(), e);
        }
        if (count == 0) {
            throw new BcfFormatException(null, 0, 0, "not a zip (no entries found)");
        }
        return entries;
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
