package org.plinth.step;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Entity type names of one file, each with a dense code {@code 0..size()-1} in order of first appearance.
 *
 * <p>While indexing, names are looked up by their bytes (hash over the bytes, then a byte compare), so no String is
 * made per entity; each name's String exists once. Lookup ignores ASCII case; names are kept in upper case.
 * What it gives up against a {@code HashMap<String,Integer>}: nothing a caller sees; it avoids one String and one
 * map lookup per entity in the indexing loop.
 */
public final class StepSymbolTable {

    private byte[][] names = new byte[64][];
    private String[] strings = new String[64];
    private int[] hashes = new int[64];
    private int size;
    /** Open addressing, linear probing; slot holds code + 1, 0 is empty. */
    private int[] slots = new int[256];

    StepSymbolTable() {
    }

    /** Number of distinct type names. */
    public int size() {
        return size;
    }

    /** The upper-case name of a code. */
    public String name(int code) {
        if (code < 0 || code >= size) {
            throw new IndexOutOfBoundsException("type code " + code + " not in 0.." + (size - 1));
        }
        return strings[code];
    }

    /** The code of a type name (any case), or -1 when no entity of this file has that type. */
    public int code(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        return find(bytes, 0, bytes.length, hash(bytes, 0, bytes.length));
    }

    static int hash(byte[] b, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + (b[i] | 0x20);
        }
        return h;
    }

    /** Folding with {@code | 0x20} is exact for the name alphabet A-Z a-z 0-9 _ (and '!', '-' which fold uniquely). */
    private static boolean sameName(byte[] stored, byte[] b, int start, int end) {
        if (stored.length != end - start) {
            return false;
        }
        for (int i = 0; i < stored.length; i++) {
            if ((stored[i] | 0x20) != (b[start + i] | 0x20)) {
                return false;
            }
        }
        return true;
    }

    private int find(byte[] b, int start, int end, int h) {
        int mask = slots.length - 1;
        int i = mix(h) & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                return -1;
            }
            int code = s - 1;
            if (hashes[code] == h && sameName(names[code], b, start, end)) {
                return code;
            }
            i = (i + 1) & mask;
        }
    }

    private static int mix(int h) {
        return (h ^ (h >>> 16)) * 0x9E3779B9;
    }

    /** The code of the name in {@code b[start, end)}, adding it when new. {@code h} is {@link #hash} of the bytes. */
    int intern(byte[] b, int start, int end, int h) {
        int mask = slots.length - 1;
        int i = mix(h) & mask;
        while (true) {
            int s = slots[i];
            if (s == 0) {
                break;
            }
            int code = s - 1;
            if (hashes[code] == h && sameName(names[code], b, start, end)) {
                return code;
            }
            i = (i + 1) & mask;
        }
        return add(b, start, end, h, i);
    }

    int intern(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.ISO_8859_1);
        return intern(bytes, 0, bytes.length, hash(bytes, 0, bytes.length));
    }

    private int add(byte[] b, int start, int end, int h, int slot) {
        int code = size;
        if (code == names.length) {
            int n = code * 2;
            names = Arrays.copyOf(names, n);
            strings = Arrays.copyOf(strings, n);
            hashes = Arrays.copyOf(hashes, n);
        }
        byte[] upper = Arrays.copyOfRange(b, start, end);
        for (int k = 0; k < upper.length; k++) {
            if (upper[k] >= 'a' && upper[k] <= 'z') {
                upper[k] -= 32;
            }
        }
        names[code] = upper;
        strings[code] = new String(upper, StandardCharsets.ISO_8859_1);
        hashes[code] = h;
        slots[slot] = code + 1;
        size = code + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return code;
    }

    private void rehash() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int code = 0; code < size; code++) {
            int i = mix(hashes[code]) & mask;
            while (bigger[i] != 0) {
                i = (i + 1) & mask;
            }
            bigger[i] = code + 1;
        }
        slots = bigger;
    }
}
