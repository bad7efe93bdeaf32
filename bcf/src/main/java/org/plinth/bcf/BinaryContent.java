package org.plinth.bcf;

import java.util.Arrays;

/**
 * The bytes of a file inside a BCF zip (snapshot, bitmap, document, BIM snippet, attachment). Immutable and compared by
 * value, so model records holding it compare field by field. Its size was bounded by {@link BcfLimits} when read.
 */
public final class BinaryContent {

    private static final BinaryContent EMPTY = new BinaryContent(new byte[0]);

    private final byte[] bytes;

    private BinaryContent(byte[] bytes) {
        this.bytes = bytes;
    }

    /** Copies {@code bytes}; later changes to the array do not show here. */
    public static BinaryContent copyOf(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new BinaryContent(bytes.clone());
    }

    /** Takes ownership of {@code bytes} without copying; only for arrays nobody else holds. */
    static BinaryContent wrap(byte[] bytes) {
        return bytes.length == 0 ? EMPTY : new BinaryContent(bytes);
    }

    public static BinaryContent empty() {
        return EMPTY;
    }

    public int size() {
        return bytes.length;
    }

    /** A copy of the bytes. */
    public byte[] toByteArray() {
        return bytes.clone();
    }

    /** The bytes without copying; callers in this package must not change them. */
    byte[] bytes() {
        return bytes;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryContent other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BinaryContent[" + bytes.length + " bytes]";
    }
}
