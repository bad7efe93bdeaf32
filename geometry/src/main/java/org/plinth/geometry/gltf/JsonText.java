package org.plinth.geometry.gltf;

/** Hand-written JSON for the GLB's JSON chunk and the conversion report: strings escaped, numbers finite. */
public final class JsonText {

    private final StringBuilder out = new StringBuilder(1 << 16);

    public JsonText raw(CharSequence s) {
        out.append(s);
        return this;
    }

    public JsonText numbers(double[] values) {
        out.append('[');
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            number(out, values[i]);
        }
        out.append(']');
        return this;
    }

    /** Appends a number; NaN and infinities (not JSON) become {@code null}. */
    public static StringBuilder number(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            return sb.append("null");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return sb.append((long) v);
        }
        return sb.append(v);
    }

    public static StringBuilder number(StringBuilder sb, float v) {
        if (!Float.isFinite(v)) {
            return sb.append("null");
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e7f) {
            return sb.append((long) v);
        }
        return sb.append(v);
    }

    public static StringBuilder string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
