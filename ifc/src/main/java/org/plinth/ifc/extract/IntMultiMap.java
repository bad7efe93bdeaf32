package org.plinth.ifc.extract;

import java.util.Arrays;

/**
 * Dense key ({@code 0..keyCount-1}) → int values, in the order they were added, stored as one
 * offsets array plus one values array (compressed rows). Built once from (key, value) pairs
 * collected in growable int arrays; no object per pair. What it gives up against
 * {@code Map<Integer, List<Integer>>}: updates after {@link Builder#build()}.
 */
final class IntMultiMap {

    private static final int[] NONE = new int[0];

    private final int[] start;
    private final int[] values;

    private IntMultiMap(int[] start, int[] values) {
        this.start = start;
        this.values = values;
    }

    /** The values of a key (a copy); empty for a negative key. */
    int[] get(int key) {
        if (key < 0 || start[key] == start[key + 1]) {
            return NONE;
        }
        return Arrays.copyOfRange(values, start[key], start[key + 1]);
    }

    static final class Builder {
        private final int keyCount;
        private int[] keys = new int[64];
        private int[] vals = new int[64];
        private int size;

        Builder(int keyCount) {
            this.keyCount = keyCount;
        }

        void add(int key, int value) {
            if (key < 0) {
                return;
            }
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
                vals = Arrays.copyOf(vals, size * 2);
            }
            keys[size] = key;
            vals[size] = value;
            size++;
        }

        IntMultiMap build() {
            int[] start = new int[keyCount + 1];
            for (int i = 0; i < size; i++) {
                start[keys[i] + 1]++;
            }
            for (int k = 0; k < keyCount; k++) {
                start[k + 1] += start[k];
            }
            int[] fill = Arrays.copyOf(start, keyCount);
            int[] values = new int[size];
            for (int i = 0; i < size; i++) {
                values[fill[keys[i]]++] = vals[i];
            }
            keys = null;
            vals = null;
            return new IntMultiMap(start, values);
        }
    }
}
