package org.plinth.step;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Decodes the parameters of one statement ({@code #id=TYPE(...);} or a header {@code NAME(...);}) from its bytes.
 * One instance per call: the cursor lives here, never in the model, so a model can be read from many threads.
 */
final class StepValueDecoder {

    /** Powers of ten that are exact doubles: a mantissa below 2^53 scaled by one of them rounds once, exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
        1e20, 1e21, 1e22};

    private final byte[] b;
    private final int start;
    private final int end;
    private final long absoluteStart;
    private final int entityId;
    private final int maxDepth;
    private final StepLocator locator;
    private int p;
    /** Values of the lists being decoded, innermost on top; each finished list copies its run out exactly sized. */
    private StepValue[] stack = new StepValue[16];
    private int top;

    /**
     * @param b             bytes holding the statement at {@code [start, end)}
     * @param absoluteStart offset of {@code b[start]} in the source, for error positions
     */
    StepValueDecoder(byte[] b, int start, int end, long absoluteStart, int entityId, int maxDepth, StepLocator locator) {
        this.b = b;
        this.start = start;
        this.end = end;
        this.absoluteStart = absoluteStart;
        this.entityId = entityId;
        this.maxDepth = maxDepth;
        this.locator = locator;
        this.p = start;
    }

    /**
     * The attributes of {@code #id=TYPE(...);}. A complex instance {@code #id=(A(..)B(..));} gives one
     * {@link StepValue.Typed} per partial record, holding its parameters as a list.
     */
    List<StepValue> entityAttributes() {
        p = start;
        if (p < end && b[p] == '#') {
            p++;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                p++;
            }
            skipSpace();
            expect('=');
            skipSpace();
        }
        if (p < end && b[p] == '(') {
            return complexRecords();
        }
        return namedParameters();
    }

    /** The parameters of a header statement {@code NAME(...);} (or an entity statement without its id). */
    List<StepValue> namedParameters() {
        int nameStart = p;
        while (p < end && isNameByte(b[p])) {
            p++;
        }
        if (p == nameStart) {
            throw error(p, "expected a type name");
        }
        skipSpace();
        expect('(');
        return listBody(1);
    }

    private List<StepValue> complexRecords() {
        p++;
        List<StepValue> records = new ArrayList<>();
        while (true) {
            skipSpace();
            if (p >= end) {
                throw error(p, "unexpected end of complex entity");
            }
            if (b[p] == ')') {
                p++;
                return List.copyOf(records);
            }
            String name = name();
            skipSpace();
            expect('(');
            records.add(new StepValue.Typed(name, new StepValue.ListValue(listBody(2))));
        }
    }

    /** After an opening parenthesis: values separated by commas up to the matching closing one. */
    private List<StepValue> listBody(int depth) {
        if (depth > maxDepth) {
            throw error(p, "lists nested deeper than " + maxDepth);
        }
        skipSpace();
        if (p < end && b[p] == ')') {
            p++;
            return StepValueList.EMPTY;
        }
        int mark = top;
        while (true) {
            StepValue v = value(depth);
            if (top == stack.length) {
                stack = Arrays.copyOf(stack, top * 2);
            }
            stack[top++] = v;
            skipSpace();
            if (p >= end) {
                throw error(p, "unexpected end of parameter list");
            }
            byte c = b[p];
            if (c == ',') {
                p++;
            } else if (c == ')') {
                p++;
                StepValue[] values = Arrays.copyOfRange(stack, mark, top);
                Arrays.fill(stack, mark, top, null);
                top = mark;
                return new StepValueList(values);
            } else {
                throw error(p, "expected ',' or ')'");
            }
        }
    }

    private StepValue value(int depth) {
        skipSpace();
        if (p >= end) {
            throw error(p, "expected a value");
        }
        byte c = b[p];
        switch (c) {
            case '$':
                p++;
                return StepValue.Null.INSTANCE;
            case '*':
                p++;
                return StepValue.Derived.INSTANCE;
            case '#':
                return reference();
            case '\'':
                return string();
            case '"':
                return binary();
            case '.':
                return enumeration();
            case '(':
                p++;
                return new StepValue.ListValue(listBody(depth + 1));
            default:
                if ((c >= '0' && c <= '9') || c == '-' || c == '+') {
                    return number();
                }
                if (isNameStart(c)) {
                    return typed(depth);
                }
                throw error(p, "unexpected character");
        }
    }

    private StepValue reference() {
        int at = p;
        p++;
        long id = 0;
        int digits = 0;
        while (p < end && b[p] >= '0' && b[p] <= '9') {
            id = id * 10 + (b[p] - '0');
            if (id > Integer.MAX_VALUE) {
                throw error(at, "entity reference out of range");
            }
            p++;
            digits++;
        }
        if (digits == 0) {
            throw error(at, "expected digits after '#'");
        }
        return new StepValue.Ref((int) id);
    }

    private StepValue string() {
        int at = p;
        int from = p + 1;
        int i = from;
        while (true) {
            if (i >= end) {
                throw error(at, "unterminated string");
            }
            if (b[i] == '\'') {
                if (i + 1 < end && b[i + 1] == '\'') {
                    i += 2;
                    continue;
                }
                break;
            }
            i++;
        }
        p = i + 1;
        try {
            return new StepValue.Str(StepStringDecoder.decode(b, from, i));
        } catch (StepStringDecoder.MalformedEscapeException malformed) {
            throw error(malformed.index, "malformed string escape: " + malformed.getMessage());
        }
    }

    private StepValue binary() {
        int at = p;
        int i = p + 1;
        while (i < end && b[i] != '"') {
            byte c = b[i];
            boolean hex = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
            if (!hex) {
                throw error(i, "bad character in binary");
            }
            i++;
        }
        if (i >= end) {
            throw error(at, "unterminated binary");
        }
        if (i == at + 1 || b[at + 1] < '0' || b[at + 1] > '3') {
            throw error(at, "binary must start with the unused-bit count 0..3");
        }
        p = i + 1;
        return new StepValue.Binary(new String(b, at + 1, i - at - 1, StandardCharsets.ISO_8859_1));
    }

    private StepValue enumeration() {
        int at = p;
        int i = p + 1;
        while (i < end && isNameByte(b[i])) {
            i++;
        }
        if (i >= end || b[i] != '.' || i == at + 1) {
            throw error(at, "malformed enumeration");
        }
        p = i + 1;
        return new StepValue.Enum(internEnum(at + 1, i));
    }

    /** The few enumeration values that make up most of a file are shared instead of allocated each time. */
    private String internEnum(int from, int to) {
        if (to - from == 1) {
            switch (b[from]) {
                case 'T':
                    return "T";
                case 'F':
                    return "F";
                case 'U':
                    return "U";
                default:
                    break;
            }
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private StepValue typed(int depth) {
        String name = name();
        skipSpace();
        expect('(');
        List<StepValue> inner = listBody(depth + 1);
        if (inner.size() == 1) {
            return new StepValue.Typed(name, inner.get(0));
        }
        return new StepValue.Typed(name, new StepValue.ListValue(inner));
    }

    private String name() {
        int from = p;
        if (p < end && b[p] == '!') {
            p++;
        }
        while (p < end && isNameByte(b[p])) {
            p++;
        }
        if (p == from) {
            throw error(p, "expected a name");
        }
        String s = new String(b, from, p - from, StandardCharsets.ISO_8859_1);
        for (int i = from; i < p; i++) {
            if (b[i] >= 'a' && b[i] <= 'z') {
                return s.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return s;
    }

    /** INTEGER: sign? digits. REAL: sign? digits '.' digits? (E sign? digits)?; an exponent without '.' is accepted. */
    private StepValue number() {
        int at = p;
        int i = p;
        boolean negative = false;
        if (b[i] == '-' || b[i] == '+') {
            negative = b[i] == '-';
            i++;
        }
        // digits, optionally '.', digits: one loop, so the mantissa is accumulated in one place
        long mantissa = 0;
        int significant = 0;
        int intDigits = 0;
        int fractionDigits = 0;
        boolean real = false;
        while (i < end) {
            byte c = b[i];
            if (c >= '0' && c <= '9') {
                if (significant < 19) {
                    mantissa = mantissa * 10 + (c - '0');
                    if (mantissa != 0) {
                        significant++;
                    }
                } else {
                    significant++;
                }
                if (real) {
                    fractionDigits++;
                } else {
                    intDigits++;
                }
            } else if (c == '.' && !real && intDigits > 0) {
                real = true;
            } else {
                break;
            }
            i++;
        }
        if (intDigits == 0) {
            throw error(at, "expected digits");
        }
        int exponent = 0;
        boolean hasExponent = false;
        if (i < end && (b[i] == 'E' || b[i] == 'e')) {
            real = true;
            hasExponent = true;
            i++;
            boolean expNegative = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                expNegative = b[i] == '-';
                i++;
            }
            int expStart = i;
            while (i < end && b[i] >= '0' && b[i] <= '9') {
                if (exponent < 100_000) {
                    exponent = exponent * 10 + (b[i] - '0');
                }
                i++;
            }
            if (i == expStart) {
                throw error(at, "expected exponent digits");
            }
            if (expNegative) {
                exponent = -exponent;
            }
        }
        if (i < end && isNameByte(b[i]) || i < end && b[i] == '.') {
            throw error(i, "malformed number");
        }
        p = i;
        if (!real) {
            if (significant > 18) {
                return new StepValue.Integer(parseLongSlow(at, i));
            }
            return new StepValue.Integer(negative ? -mantissa : mantissa);
        }
        int scale = exponent - fractionDigits;
        if (significant <= 15 && scale >= -22 && scale <= 22 && (!hasExponent || Math.abs(exponent) < 10_000)) {
            double v = (double) mantissa;
            v = scale < 0 ? v / EXACT_POWERS_OF_TEN[-scale] : v * EXACT_POWERS_OF_TEN[scale];
            return new StepValue.Real(negative ? -v : v);
        }
        return new StepValue.Real(Double.parseDouble(new String(b, at, i - at, StandardCharsets.ISO_8859_1)));
    }

    private long parseLongSlow(int from, int to) {
        try {
            return Long.parseLong(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
        } catch (NumberFormatException tooLarge) {
            throw error(from, "integer out of range");
        }
    }

    private void expect(char c) {
        if (p >= end || b[p] != c) {
            throw error(p, "expected '" + c + "'");
        }
        p++;
    }

    private void skipSpace() {
        while (p < end) {
            byte c = b[p];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                p++;
            } else if (c == '/' && p + 1 < end && b[p + 1] == '*') {
                int close = p + 2;
                while (close + 1 < end && !(b[close] == '*' && b[close + 1] == '/')) {
                    close++;
                }
                if (close + 1 >= end) {
                    throw error(p, "unterminated comment");
                }
                p = close + 2;
            } else {
                return;
            }
        }
    }

    static boolean isNameStart(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || c == '!';
    }

    static boolean isNameByte(byte c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    }

    private StepSyntaxException error(int at, String reason) {
        return locator.syntaxError(absoluteStart + (Math.min(at, end) - start), entityId, reason);
    }
}
