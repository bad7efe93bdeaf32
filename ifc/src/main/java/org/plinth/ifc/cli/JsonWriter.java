package org.plinth.ifc.cli;

import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small streaming JSON writer: objects and arrays are opened and closed explicitly, values are
 * written as they come. Records are written as objects named by their components (the extraction
 * records use BIMData's field names, so no mapping is needed); component accessors are looked up
 * once per record class. The ifc module has no JSON library on purpose (it depends only on step).
 */
public final class JsonWriter {

    private final Writer out;
    /** Per nesting level: true once the level has a first element (so the next needs a comma). */
    private boolean[] hasElement = new boolean[32];
    private int depth;
    private boolean afterName;
    private final Map<Class<?>, Method[]> accessors = new HashMap<>();
    private final Map<Class<?>, String[]> names = new HashMap<>();

    public JsonWriter(Writer out) {
        this.out = out;
    }

    public JsonWriter beginObject() throws IOException {
        separate();
        out.write('{');
        push();
        return this;
    }

    public JsonWriter endObject() throws IOException {
        depth--;
        out.write('}');
        return this;
    }

    public JsonWriter beginArray() throws IOException {
        separate();
        out.write('[');
        push();
        return this;
    }

    public JsonWriter endArray() throws IOException {
        depth--;
        out.write(']');
        return this;
    }

    /** Writes an object member name; the next call writes its value. */
    public JsonWriter name(String name) throws IOException {
        separate();
        string(name);
        out.write(':');
        afterName = true;
        return this;
    }

    /** Any value: null, String, Number, Boolean, List, Map (string keys), record. */
    public JsonWriter value(Object v) throws IOException {
        if (v == null) {
            separate();
            out.write("null");
        } else if (v instanceof String s) {
            separate();
            string(s);
        } else if (v instanceof Double d) {
            separate();
            number(d);
        } else if (v instanceof Float f) {
            separate();
            number(f.doubleValue());
        } else if (v instanceof Number || v instanceof Boolean) {
            separate();
            out.write(v.toString());
        } else if (v instanceof List<?> list) {
            beginArray();
            for (Object item : list) {
                value(item);
            }
            endArray();
        } else if (v instanceof Map<?, ?> map) {
            beginObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                name(String.valueOf(e.getKey()));
                value(e.getValue());
            }
            endObject();
        } else if (v instanceof Record r) {
            record(r);
        } else {
            separate();
            string(v.toString());
        }
        return this;
    }

    private void record(Record r) throws IOException {
        Class<?> type = r.getClass();
        Method[] methods = accessors.get(type);
        String[] fields = names.get(type);
        if (methods == null) {
            RecordComponent[] components = type.getRecordComponents();
            methods = new Method[components.length];
            fields = new String[components.length];
            for (int i = 0; i < components.length; i++) {
                methods[i] = components[i].getAccessor();
                methods[i].setAccessible(true);
                fields[i] = components[i].getName();
            }
            accessors.put(type, methods);
            names.put(type, fields);
        }
        beginObject();
        for (int i = 0; i < methods.length; i++) {
            Object v;
            try {
                v = methods[i].invoke(r);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + type.getSimpleName() + "." + fields[i], e);
            }
            name(fields[i]);
            value(v);
        }
        endObject();
    }

    public void flush() throws IOException {
        out.flush();
    }

    private void push() {
        depth++;
        if (depth == hasElement.length) {
            hasElement = java.util.Arrays.copyOf(hasElement, depth * 2);
        }
        hasElement[depth] = false;
    }

    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (hasElement[depth]) {
                out.write(',');
            }
            hasElement[depth] = true;
        }
    }

    private void number(double d) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            out.write("null");
        } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            // integral reals keep a ".0" so readers see a real, as the IFC value was one
            if (d == 0 && 1 / d < 0) {
                out.write('-');
            }
            out.write(Long.toString((long) d));
            out.write(".0");
        } else {
            out.write(Double.toString(d));
        }
    }

    private void string(String s) throws IOException {
        out.write('"');
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\' || c < 0x20 || c == 0x2028 || c == 0x2029) {
                out.write(s, start, i - start);
                switch (c) {
                    case '"' -> out.write("\\\"");
                    case '\\' -> out.write("\\\\");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    case '\t' -> out.write("\\t");
                    default -> out.write(String.format("\\u%04x", (int) c));
                }
                start = i + 1;
            }
        }
        out.write(s, start, n - start);
        out.write('"');
    }
}
