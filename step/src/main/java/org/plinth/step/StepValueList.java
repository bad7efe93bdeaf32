package org.plinth.step;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The immutable list the decoder hands out: it wraps the exact-size array the decoder filled, so a decoded list
 * costs one array and this wrapper instead of an {@code ArrayList} plus an immutable copy of it.
 * {@link StepValue.ListValue} accepts it without copying; it gives up nothing a reader of the list can see.
 */
final class StepValueList extends AbstractList<StepValue> implements RandomAccess {

    static final StepValueList EMPTY = new StepValueList(new StepValue[0]);

    private final StepValue[] values;

    /** Takes ownership of {@code values}: the caller must not keep or change the array. */
    StepValueList(StepValue[] values) {
        this.values = values;
    }

    @Override
    public StepValue get(int index) {
        return values[index];
    }

    @Override
    public int size() {
        return values.length;
    }
}
