package org.plinth.ifc;

import java.util.Arrays;
import java.util.List;
import org.plinth.step.StepValue;

/**
 * Reading decoded attribute values the way IFC uses them: typed values ({@code IFCLABEL('x')})
 * unwrapped, a single reference accepted where a list is expected, absent values as null, 0 or
 * empty. Shared by the typed view, extraction and export.
 */
public final class IfcValues {

    private static final int[] NO_IDS = new int[0];

    private IfcValues() {
    }

    /** The value inside a typed value, else the value itself. */
    public static StepValue unwrap(StepValue v) {
        return v instanceof StepValue.Typed t ? t.value() : v;
    }

    /** A string (typed values unwrapped), else null. */
    public static String string(StepValue v) {
        return unwrap(v) instanceof StepValue.Str s ? s.value() : null;
    }

    /** An integer or real (typed values unwrapped) as double, else null. */
    public static Double number(StepValue v) {
        StepValue u = unwrap(v);
        if (u instanceof StepValue.Real r) {
            return r.value();
        }
        if (u instanceof StepValue.Integer i) {
            return (double) i.value();
        }
        return null;
    }

    /** A reference's id, else 0. */
    public static int ref(StepValue v) {
        return v instanceof StepValue.Ref r ? r.id() : 0;
    }

    /** The items of a list (typed values unwrapped), else empty. */
    public static List<StepValue> list(StepValue v) {
        return unwrap(v) instanceof StepValue.ListValue l ? l.values() : List.of();
    }

    /** The references of a list; a single reference counts as a list of one; empty otherwise. */
    public static int[] refs(StepValue v) {
        if (v instanceof StepValue.Ref r) {
            return new int[] {r.id()};
        }
        if (!(v instanceof StepValue.ListValue list)) {
            return NO_IDS;
        }
        List<StepValue> values = list.values();
        int[] ids = new int[values.size()];
        int n = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof StepValue.Ref r) {
                ids[n++] = r.id();
            }
        }
        return n == ids.length ? ids : Arrays.copyOf(ids, n);
    }

    /** True when the value is a reference to {@code id} or a list holding one. */
    public static boolean mentions(StepValue v, int id) {
        if (v instanceof StepValue.Ref r) {
            return r.id() == id;
        }
        if (v instanceof StepValue.ListValue list) {
            for (StepValue item : list.values()) {
                if (item instanceof StepValue.Ref r && r.id() == id) {
                    return true;
                }
            }
        }
        return false;
    }
}
