package org.plinth.step;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The bytes of one input, read by absolute {@code long} offset: either a heap array or a file mapped in segments of
 * at most 1 GiB (one {@link MappedByteBuffer} cannot exceed 2 GiB, so files above that need several).
 */
abstract sealed class StepSource permits StepSource.ArraySource, StepSource.MappedSource {

    abstract long size();

    /** Copies {@code len} bytes at {@code offset} into {@code dst}. */
    abstract void copy(long offset, byte[] dst, int dstOffset, int len);

    abstract byte byteAt(long offset);

    /** The array holding the whole input (offset 0 = first byte), or null when the input is not on the heap. */
    byte[] array() {
        return null;
    }

    /** The bytes at {@code offset}: the backing array itself when there is one (see {@link #arrayBase}). */
    byte[] bytes(long offset, int len) {
        byte[] a = array();
        if (a != null) {
            return a;
        }
        byte[] copy = new byte[len];
        copy(offset, copy, 0, len);
        return copy;
    }

    /** Where {@code offset} sits in the array returned by {@link #bytes}. */
    int arrayBase(long offset) {
        return array() != null ? (int) offset : 0;
    }

    void writeTo(long offset, int len, OutputStream out) throws IOException {
        byte[] a = array();
        if (a != null) {
            out.write(a, (int) offset, len);
            return;
        }
        byte[] chunk = new byte[Math.min(len, 1 << 16)];
        long at = offset;
        int left = len;
        while (left > 0) {
            int n = Math.min(left, chunk.length);
            copy(at, chunk, 0, n);
            out.write(chunk, 0, n);
            at += n;
            left -= n;
        }
    }

    void close() {
    }

    static final class ArraySource extends StepSource {
        private final byte[] data;
        private final boolean exposeArray;

        ArraySource(byte[] data) {
            this(data, true);
        }

        /** With {@code exposeArray} false, readers treat it like a mapped file (window copies); used by tests. */
        ArraySource(byte[] data, boolean exposeArray) {
            this.data = data;
            this.exposeArray = exposeArray;
        }

        @Override
        long size() {
            return data.length;
        }

        @Override
        void copy(long offset, byte[] dst, int dstOffset, int len) {
            System.arraycopy(data, (int) offset, dst, dstOffset, len);
        }

        @Override
        byte byteAt(long offset) {
            return data[(int) offset];
        }

        @Override
        byte[] array() {
            return exposeArray ? data : null;
        }
    }

    static final class MappedSource extends StepSource {
        /** 1 GiB segments keep every in-segment index an int. */
        static final int DEFAULT_SEGMENT_BYTES = 1 << 30;

        private final long size;
        private final int segmentBytes;
        private MappedByteBuffer[] segments;

        MappedSource(Path file, int segmentBytes) throws IOException {
            this.segmentBytes = segmentBytes;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                this.size = channel.size();
                int count = (int) ((size + segmentBytes - 1) / segmentBytes);
                segments = new MappedByteBuffer[count];
                for (int i = 0; i < count; i++) {
                    long start = (long) i * segmentBytes;
                    long len = Math.min(segmentBytes, size - start);
                    segments[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, len);
                }
            }
        }

        @Override
        long size() {
            return size;
        }

        @Override
        void copy(long offset, byte[] dst, int dstOffset, int len) {
            MappedByteBuffer[] segs = segments;
            if (segs == null) {
                throw new IllegalStateException("model is closed");
            }
            long at = offset;
            int out = dstOffset;
            int left = len;
            while (left > 0) {
                int seg = (int) (at / segmentBytes);
                int in = (int) (at - (long) seg * segmentBytes);
                int n = Math.min(left, segs[seg].limit() - in);
                segs[seg].get(in, dst, out, n);
                at += n;
                out += n;
                left -= n;
            }
        }

        @Override
        byte byteAt(long offset) {
            MappedByteBuffer[] segs = segments;
            if (segs == null) {
                throw new IllegalStateException("model is closed");
            }
            int seg = (int) (offset / segmentBytes);
            return segs[seg].get((int) (offset - (long) seg * segmentBytes));
        }

        /** Drops the mappings; the JDK unmaps them when they are collected. */
        @Override
        void close() {
            segments = null;
        }
    }
}
