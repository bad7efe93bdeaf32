package org.plinth.ifc.extract;

import java.util.Arrays;

/**
 * int key (an entity id, never 0) → object, open addressing with linear probing; used to cache
 * decoded units, property sets and materials by entity id. What it gives up against
 * {@code HashMap<Integer, V>}: removal, null values and a boxed key per entry.
 */
final class IntObjectMap<V> {

    private int[] keys = new int[64];
    private Object[] values = new Object[64];
    private int size;

    @SuppressWarnings("unchecked")
    V get(int key) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            int k = keys[slot];
            if (k == key) {
                return (V) values[slot];
            }
            if (k == 0) {
                return null;
            }
            slot = (slot + 1) & mask;
        }
    }

    void put(int key, V value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (keys[slot] == 0) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    int size() {
        return size;
    }

    private void grow() {
        int[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new int[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = mix(oldKeys[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                values[slot] = oldValues[i];
            }
        }
        Arrays.fill(oldValues, null);
    }

    private static int mix(int id) {
        return (id * 0x9E3779B9) ^ (id >>> 16);
    }
}
