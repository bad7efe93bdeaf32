package org.plinth.server.storage.internal;

import org.jspecify.annotations.Nullable;

/** Parses one HTTP byte range (RFC 9110 §14.1.2) against a file size. */
final class ByteRange {

    private static final long[] UNSATISFIABLE = new long[0];

    private ByteRange() {
    }

    /**
     * @return {first, last} (inclusive); an empty array when the range cannot be satisfied; null
     *     when the header is not a single byte range we serve (then the whole file is sent)
     */
    static long @Nullable [] parse(String header, long size) {
        String value = header.trim();
        if (!value.regionMatches(true, 0, "bytes=", 0, 6) || value.indexOf(',') >= 0) {
            return null;
        }
        int dash = value.indexOf('-', 6);
        if (dash < 0) {
            return null;
        }
        String first = value.substring(6, dash).trim();
        String last = value.substring(dash + 1).trim();
        long start;
        long end;
        try {
            if (first.isEmpty()) {
                if (last.isEmpty()) {
                    return null;
                }
                long suffix = Long.parseLong(last);
                if (suffix <= 0 || size == 0) {
                    return UNSATISFIABLE;
                }
                start = Math.max(0, size - suffix);
                end = size - 1;
            } else {
                start = Long.parseLong(first);
                end = last.isEmpty() ? size - 1 : Math.min(Long.parseLong(last), size - 1);
                if (start < 0 || (!last.isEmpty() && Long.parseLong(last) < start)) {
                    return null;
                }
                if (start >= size) {
                    return UNSATISFIABLE;
                }
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return new long[] { start, end };
    }
}
