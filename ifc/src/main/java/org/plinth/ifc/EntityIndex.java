package org.plinth.ifc;

import java.util.Arrays;

/**
 * Entity id → dense position {@code 0..n-1} (file order), so per-entity facts live in plain
 * {@code int[]} columns instead of maps. Ids in IFC files are mostly dense: when the largest id
 * is at most four times the entity count a direct array serves (one read); otherwise open
 * addressing with linear probing. What it gives up against {@code HashMap<Integer,Integer>}:
 * removal and growth, neither needed for a file that is read once.
 */
final class EntityIndex {

    private final int[] direct;
    private final int[] keys;
    private final int[] values;
    private final int mask;

    EntityIndex(int[] ids) {
        int max = 0;
        for (int id : ids) {
            max = Math.max(max, id);
        }
        if ((long) max <= 4L * ids.length + 1024) {
            direct = new int[max + 1];
            Arrays.fill(direct, -1);
            for (int i = 0; i < ids.length; i++) {
                direct[ids[i]] = i;
            }
            keys = null;
            values = null;
            mask = 0;
        } else {
            direct = null;
            int capacity = Integer.highestOneBit(Math.max(16, ids.length * 2 - 1)) << 1;
            keys = new int[capacity];
            values = new int[capacity];
            mask = capacity - 1;
            for (int i = 0; i < ids.length; i++) {
                int slot = mix(ids[i]) & mask;
                while (keys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = ids[i];
                values[slot] = i;
            }
        }
    }

    /** Dense position of an id, or -1 when the file has no such entity. */
    int of(int id) {
        if (direct != null) {
            return id > 0 && id < direct.length ? direct[id] : -1;
        }
        if (id <= 0) {
            return -1;
        }
        int slot = mix(id) & mask;
        while (true) {
            int k = keys[slot];
            if (k == id) {
                return values[slot];
            }
            if (k == 0) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    private static int mix(int id) {
        return (id * 0x9E3779B9) ^ (id >>> 16);
    }
}
