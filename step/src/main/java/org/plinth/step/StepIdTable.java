package org.plinth.step;

/**
 * Entity id to position in the index columns: one {@code int[]} with open addressing (linear probing, Fibonacci
 * hashing), slot = position + 1, 0 = empty. About 4-10 bytes per entity instead of the ~50 of a
 * {@code HashMap<Integer,Integer>} entry; it gives up removal, which the index never needs.
 */
final class StepIdTable {

    private final int[] slots;
    private final int shift;
    private final int[] ids;
    private final boolean[] duplicates;
    private final int duplicateCount;

    private StepIdTable(int[] slots, int shift, int[] ids, boolean[] duplicates, int duplicateCount) {
        this.slots = slots;
        this.shift = shift;
        this.ids = ids;
        this.duplicates = duplicates;
        this.duplicateCount = duplicateCount;
    }

    /** Table over {@code ids[0..n)}; a repeated id keeps its first position and is flagged at the later ones. */
    static StepIdTable build(int[] ids, int n) {
        int capacity = 16;
        while (capacity < n + (n >> 1) + 1) {
            capacity <<= 1;
        }
        int bits = Integer.numberOfTrailingZeros(capacity);
        int shift = 32 - bits;
        int mask = capacity - 1;
        int[] slots = new int[capacity];
        boolean[] duplicates = null;
        int duplicateCount = 0;
        for (int i = 0; i < n; i++) {
            int id = ids[i];
            int s = (id * 0x9E3779B9) >>> shift;
            while (true) {
                int at = slots[s];
                if (at == 0) {
                    slots[s] = i + 1;
                    break;
                }
                if (ids[at - 1] == id) {
                    if (duplicates == null) {
                        duplicates = new boolean[n];
                    }
                    duplicates[i] = true;
                    duplicateCount++;
                    break;
                }
                s = (s + 1) & mask;
            }
        }
        return new StepIdTable(slots, shift, ids, duplicates, duplicateCount);
    }

    /** Position of {@code id} in the columns, or -1. */
    int indexOf(int id) {
        int[] table = slots;
        int mask = table.length - 1;
        int s = (id * 0x9E3779B9) >>> shift;
        while (true) {
            int at = table[s];
            if (at == 0) {
                return -1;
            }
            if (ids[at - 1] == id) {
                return at - 1;
            }
            s = (s + 1) & mask;
        }
    }

    int duplicateCount() {
        return duplicateCount;
    }

    boolean isDuplicate(int i) {
        return duplicates != null && duplicates[i];
    }
}
