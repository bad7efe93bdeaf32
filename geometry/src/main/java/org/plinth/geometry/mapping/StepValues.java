package org.plinth.geometry.mapping;

import java.util.List;
import org.plinth.step.StepEntity;
import org.plinth.step.StepValue;

/** Nested list values that {@link StepEntity}'s typed accessors do not cover (coordinate and index lists). */
final class StepValues {

    private StepValues() {
    }

    static StepValue unwrap(StepValue v) {
        StepValue x = v;
        while (x instanceof StepValue.Typed t) {
            x = t.value();
        }
        return x;
    }

    static boolean isList(StepValue v) {
        return unwrap(v) instanceof StepValue.ListValue;
    }

    static List<StepValue> list(StepValue v) {
        StepValue u = unwrap(v);
        if (u instanceof StepValue.ListValue l) {
            return l.values();
        }
        return List.of();
    }

    static double number(StepValue v) {
        StepValue u = unwrap(v);
        if (u instanceof StepValue.Real r) {
            return r.value();
        }
        if (u instanceof StepValue.Integer i) {
            return i.value();
        }
        throw new IllegalArgumentException("expected a number, found " + v);
    }

    /** A list of numbers; empty for {@code $}. */
    static double[] numbers(StepValue v) {
        List<StepValue> items = list(v);
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = number(items.get(i));
        }
        return out;
    }

    /** A list of integers; empty for {@code $}. */
    static int[] ints(StepValue v) {
        List<StepValue> items = list(v);
        int[] out = new int[items.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (int) number(items.get(i));
        }
        return out;
    }

    /** A list of equally long number lists flattened: {@code ((1,2,3),(4,5,6))} → 1..6; {@code width} per row. */
    static double[] flatNumbers(StepValue v, int width) {
        List<StepValue> rows = list(v);
        double[] out = new double[rows.size() * width];
        for (int r = 0; r < rows.size(); r++) {
            List<StepValue> row = list(rows.get(r));
            for (int k = 0; k < width && k < row.size(); k++) {
                out[r * width + k] = number(row.get(k));
            }
        }
        return out;
    }

    static int[][] intRows(StepValue v) {
        List<StepValue> rows = list(v);
        int[][] out = new int[rows.size()][];
        for (int r = 0; r < out.length; r++) {
            out[r] = ints(rows.get(r));
        }
        return out;
    }

    static boolean isNull(StepValue v) {
        return v instanceof StepValue.Null || v instanceof StepValue.Derived;
    }

    /** The real at {@code i}, or {@code fallback} for {@code $}. */
    static double realOr(StepEntity e, int i, double fallback) {
        if (i >= e.attributeCount() || e.isNull(i)) {
            return fallback;
        }
        return e.real(i);
    }

    /** The reference at {@code i}, or 0 for {@code $} or a missing attribute. */
    static int refOr0(StepEntity e, int i) {
        if (i >= e.attributeCount()) {
            return 0;
        }
        StepValue v = e.attribute(i);
        return v instanceof StepValue.Ref r ? r.id() : 0;
    }
}
