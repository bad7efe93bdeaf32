package org.plinth.step;

import java.util.List;

/** One decoded parameter value of an entity instance. */
public sealed interface StepValue {

    /** {@code $}: the value is not given. */
    record Null() implements StepValue {
        public static final Null INSTANCE = new Null();
    }

    /** {@code *}: the value is derived by a subtype and not written. */
    record Derived() implements StepValue {
        public static final Derived INSTANCE = new Derived();
    }

    /** An integer such as {@code 42} or {@code -7}. */
    record Integer(long value) implements StepValue {
    }

    /** A real such as {@code 1.E-05}, decoded with {@link Double#parseDouble} semantics. */
    record Real(double value) implements StepValue {
    }

    /** A string with every ISO 10303-21 escape decoded. */
    record Str(String value) implements StepValue {
        public Str {
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    /** An enumeration value without its dots: {@code .ELEMENT.} is {@code ELEMENT}, {@code .T.} is {@code T}. */
    record Enum(String value) implements StepValue {
        public Enum {
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    /** A binary as written between the double quotes: the unused-bits digit followed by hex digits. */
    record Binary(String hex) implements StepValue {
        public Binary {
            java.util.Objects.requireNonNull(hex, "hex");
        }
    }

    /** A reference to another entity instance, {@code #id}. */
    record Ref(int id) implements StepValue {
    }

    /** A parenthesised list, possibly nested or empty. */
    record ListValue(List<StepValue> values) implements StepValue {
        public ListValue {
            values = values instanceof StepValueList ? values : List.copyOf(values);
        }
    }

    /** A typed value such as {@code IFCLABEL('x')} or {@code IFCLENGTHMEASURE(2.5)}. */
    record Typed(String typeName, StepValue value) implements StepValue {
        public Typed {
            java.util.Objects.requireNonNull(typeName, "typeName");
            java.util.Objects.requireNonNull(value, "value");
        }
    }
}
