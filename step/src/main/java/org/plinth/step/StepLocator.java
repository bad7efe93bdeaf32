package org.plinth.step;

import java.nio.charset.StandardCharsets;

/**
 * Turns a byte offset into line, column and a short excerpt, only when an error needs them. Lines are not counted
 * while indexing. Instead this counts forward from the last position it reached, and remembers the line at every
 * 1 MiB boundary it passes: the increasing offsets of one pass cost one scan in total, and an earlier offset (a
 * decoding error later on) restarts from the boundary below it instead of from the start of the file.
 */
final class StepLocator {

    private static final int EXCERPT_SIDE = 40;
    private static final int STRIDE = 1 << 20;

    private final StepSource source;
    private long countedTo;
    private long line = 1;
    private long lineStart;
    /** The byte before {@link #countedTo} was a CR: a following LF ends no further line. */
    private boolean afterCarriageReturn;
    /** State at offset k * STRIDE for k < {@link #boundaries}. */
    private long[] boundaryLine = {1};
    private long[] boundaryLineStart = {0};
    private boolean[] boundaryAfterCr = {false};
    private int boundaries = 1;

    StepLocator(StepSource source) {
        this.source = source;
    }

    /** {line, column}, both 1-based; the column counts bytes. */
    synchronized long[] locate(long offset) {
        long target = Math.max(0, Math.min(offset, source.size()));
        if (target < countedTo) {
            int k = (int) Math.min(target / STRIDE, boundaries - 1);
            countedTo = (long) k * STRIDE;
            line = boundaryLine[k];
            lineStart = boundaryLineStart[k];
            afterCarriageReturn = boundaryAfterCr[k];
        }
        byte[] chunk = new byte[(int) Math.min(1 << 16, Math.max(1, target - countedTo))];
        long at = countedTo;
        while (at < target) {
            long nextBoundary = (at / STRIDE + 1) * STRIDE;
            int n = (int) Math.min(Math.min(chunk.length, target - at), nextBoundary - at);
            source.copy(at, chunk, 0, n);
            // a line ends at LF, CR LF or a lone CR (old Mac exporters)
            boolean cr = afterCarriageReturn;
            for (int i = 0; i < n; i++) {
                byte c = chunk[i];
                if (c == '\n') {
                    if (!cr) {
                        line++;
                    }
                    lineStart = at + i + 1;
                    cr = false;
                } else if (c == '\r') {
                    line++;
                    lineStart = at + i + 1;
                    cr = true;
                } else {
                    cr = false;
                }
            }
            afterCarriageReturn = cr;
            at += n;
            if (at == nextBoundary && at / STRIDE == boundaries) {
                remember();
            }
        }
        countedTo = target;
        return new long[] {line, target - lineStart + 1};
    }

    private void remember() {
        if (boundaries == boundaryLine.length) {
            int n = boundaries * 2;
            boundaryLine = java.util.Arrays.copyOf(boundaryLine, n);
            boundaryLineStart = java.util.Arrays.copyOf(boundaryLineStart, n);
            boundaryAfterCr = java.util.Arrays.copyOf(boundaryAfterCr, n);
        }
        boundaryLine[boundaries] = line;
        boundaryLineStart[boundaries] = lineStart;
        boundaryAfterCr[boundaries] = afterCarriageReturn;
        boundaries++;
    }

    /** At most 80 characters around {@code offset}, cut at line ends, control characters shown as '?'. */
    String excerpt(long offset) {
        long size = source.size();
        if (size == 0) {
            return "";
        }
        long at = Math.max(0, Math.min(offset, size - 1));
        long from = Math.max(0, at - EXCERPT_SIDE);
        long to = Math.min(size, at + EXCERPT_SIDE);
        byte[] bytes = new byte[(int) (to - from)];
        source.copy(from, bytes, 0, bytes.length);
        int s = 0;
        int e = bytes.length;
        int rel = (int) (at - from);
        for (int i = rel - 1; i >= 0; i--) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                s = i + 1;
                break;
            }
        }
        for (int i = Math.max(rel, s); i < bytes.length; i++) {
            if (bytes[i] == '\n' || bytes[i] == '\r') {
                e = i;
                break;
            }
        }
        String text = new String(bytes, s, Math.max(0, e - s), StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length() && sb.length() < 2 * EXCERPT_SIDE; i++) {
            char c = text.charAt(i);
            sb.append(c < 0x20 || c == 0x7F ? '?' : c);
        }
        return sb.toString();
    }

    StepSyntaxException syntaxError(long offset, int entityId, String reason) {
        long[] lc = locate(offset);
        return new StepSyntaxException(lc[0], (int) Math.min(Integer.MAX_VALUE, lc[1]), entityId, excerpt(offset), reason);
    }
}
