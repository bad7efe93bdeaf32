package org.plinth.step;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StepIdTableTest {

    @Test
    void findsEveryIdOfAwkwardlySpacedSets() {
        int[][] sets = {sequence(1, 1, 100_000), sequence(1 << 20, 1 << 20, 2000), sequence(7, 1024, 50_000),
            sequence(Integer.MAX_VALUE - 5000, 1, 5000), {}};
        for (int[] ids : sets) {
            StepIdTable table = StepIdTable.build(ids, ids.length);
            assertThat(table.duplicateCount()).isZero();
            for (int i = 0; i < ids.length; i++) {
                assertThat(table.indexOf(ids[i])).isEqualTo(i);
            }
            assertThat(table.indexOf(3)).isEqualTo(ids.length > 2 && ids[2] == 3 ? 2 : -1);
        }
    }

    @Test
    void flagsLaterDuplicatesAndKeepsTheFirst() {
        int[] ids = {5, 9, 5, 12, 9, 5};
        StepIdTable table = StepIdTable.build(ids, ids.length);

        assertThat(table.duplicateCount()).isEqualTo(3);
        assertThat(table.indexOf(5)).isZero();
        assertThat(table.indexOf(9)).isEqualTo(1);
        assertThat(table.isDuplicate(0)).isFalse();
        assertThat(table.isDuplicate(2)).isTrue();
        assertThat(table.isDuplicate(4)).isTrue();
        assertThat(table.isDuplicate(5)).isTrue();
    }

    private static int[] sequence(int first, int step, int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = first + i * step;
        }
        return out;
    }
}
