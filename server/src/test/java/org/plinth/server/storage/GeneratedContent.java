package org.plinth.server.storage;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A stream of {@code size} pseudo-random bytes made on the fly (xorshift, fixed seed), so tests can
 * upload hundreds of megabytes without holding them anywhere; {@link #sha256} gives the expected hash.
 */
public class GeneratedContent extends InputStream {

    private final long size;
    private long produced;
    private long state;

    public GeneratedContent(long size, long seed) {
        this.size = size;
        this.state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) {
        if (produced >= size) {
            return -1;
        }
        int n = (int) Math.min(length, size - produced);
        for (int i = 0; i < n; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            target[offset + i] = (byte) state;
        }
        produced += n;
        return n;
    }

    public static String sha256(long size, long seed) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            GeneratedContent content = new GeneratedContent(size, seed);
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer, 0, buffer.length)) > 0) {
                digest.update(buffer, 0, n);
            }
            return ObjectKeys.hex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Bytes allocated by the current thread so far (HotSpot's per-thread counter). */
    public static long allocatedBytesOfThisThread() {
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
}
