package org.plinth.step;

import java.util.List;
import java.util.Optional;

/**
 * A view of one entity instance. Attributes are decoded on first access and kept by this view (an immutable list,
 * so the view is safe to share between threads). Decoding errors throw {@link StepSyntaxException}; asking for the
 * wrong kind throws {@link StepValueException}.
 */
public final class StepEntity {

    private final StepModel model;
    private final int id;
    private final long offset;
    private final int length;
    private final int typeCode;
    private List<StepValue> attributes;

    StepEntity(StepModel model, int id, long offset, int length, int typeCode) {
        this.model = model;
        this.id = id;
        this.offset = offset;
        this.length = length;
        this.typeCode = typeCode;
    }

    public int id() {
        return id;
    }

    public int typeCode() {
        return typeCode;
    }

    public String typeName() {
        return model.symbols().name(typeCode);
    }

    public int attributeCount() {
        return attributes().size();
    }

    public StepValue attribute(int index) {
        List<StepValue> all = attributes();
        if (index < 0 || index >= all.size()) {
            throw new StepValueException(id, index, "no such attribute, " + typeName() + " has " + all.size());
        }
        return all.get(index);
    }

    /** All attributes in order (immutable). */
    public List<StepValue> attributes() {
        List<StepValue> all = attributes;
        if (all == null) {
            all = model.decode(id, offset, length);
            attributes = all;
        }
        return all;
    }

    /** True for {@code $} and {@code *}. */
    public boolean isNull(int i) {
        StepValue v = attribute(i);
        return v instanceof StepValue.Null || v instanceof StepValue.Derived;
    }

    /** A string, also inside a typed value such as {@code IFCLABEL('x')}. */
    public String string(int i) {
        StepValue v = unwrap(attribute(i));
        if (v instanceof StepValue.Str s) {
            return s.value();
        }
        throw mismatch(i, "a string", v);
    }

    /** Empty for {@code $} and {@code *}, otherwise {@link #string}. */
    public Optional<String> stringOpt(int i) {
        StepValue v = unwrap(attribute(i));
        if (v instanceof StepValue.Null || v instanceof StepValue.Derived) {
            return Optional.empty();
        }
        if (v instanceof StepValue.Str s) {
            return Optional.of(s.value());
        }
        throw mismatch(i, "a string", v);
    }

    /** The referenced id; 0 for {@code $}. */
    public int ref(int i) {
        StepValue v = attribute(i);
        if (v instanceof StepValue.Ref r) {
            return r.id();
        }
        if (v instanceof StepValue.Null) {
            return 0;
        }
        throw mismatch(i, "a reference", v);
    }

    /** The ids of a list of references; empty for {@code $}. */
    public int[] refs(int i) {
        StepValue v = attribute(i);
        if (v instanceof StepValue.Null) {
            return new int[0];
        }
        if (!(v instanceof StepValue.ListValue list)) {
            throw mismatch(i, "a list of references", v);
        }
        List<StepValue> items = list.values();
        int[] out = new int[items.size()];
        for (int k = 0; k < out.length; k++) {
            if (!(items.get(k) instanceof StepValue.Ref r)) {
                throw mismatch(i, "a list of references", items.get(k));
            }
            out[k] = r.id();
        }
        return out;
    }

    /** A real (an integer is widened; typed values are unwrapped). */
    public double real(int i) {
        StepValue v = unwrap(attribute(i));
        if (v instanceof StepValue.Real r) {
            return r.value();
        }
        if (v instanceof StepValue.Integer n) {
            return n.value();
        }
        throw mismatch(i, "a real", v);
    }

    /** An integer (typed values are unwrapped). */
    public long integer(int i) {
        StepValue v = unwrap(attribute(i));
        if (v instanceof StepValue.Integer n) {
            return n.value();
        }
        throw mismatch(i, "an integer", v);
    }

    /** An enumeration value without dots; booleans and logicals are "T", "F", "U". */
    public String enumValue(int i) {
        StepValue v = unwrap(attribute(i));
        if (v instanceof StepValue.Enum e) {
            return e.value();
        }
        throw mismatch(i, "an enumeration", v);
    }

    private static StepValue unwrap(StepValue v) {
        StepValue x = v;
        while (x instanceof StepValue.Typed t) {
            x = t.value();
        }
        return x;
    }

    private StepValueException mismatch(int i, String wanted, StepValue got) {
        return new StepValueException(id, i, "expected " + wanted + " in " + typeName() + ", found " + kind(got));
    }

    private static String kind(StepValue v) {
        String s = String.valueOf(v);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }

    @Override
    public String toString() {
        return "#" + id + "=" + typeName();
    }
}
