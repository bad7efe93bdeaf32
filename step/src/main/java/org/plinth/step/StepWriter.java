package org.plinth.step;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Streams an exchange structure out: {@link #writeHeader}, then entities ({@link #writeRaw} copies an entity's
 * original bytes, {@link #writeEntity} encodes new values), then {@link #finish}. One entity per line.
 * Write errors of the underlying stream surface as {@link UncheckedIOException} from the per-entity methods.
 */
public final class StepWriter implements Closeable {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private int len;
    private boolean finished;

    public StepWriter(OutputStream out) {
        this.out = out;
    }

    /** {@code ISO-10303-21; HEADER; FILE_DESCRIPTION; FILE_NAME; FILE_SCHEMA; ENDSEC; DATA;} */
    public void writeHeader(StepHeader h) {
        ascii("ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(");
        stringList(h.description());
        put(',');
        string(h.implementationLevel());
        ascii(");\nFILE_NAME(");
        string(h.name());
        put(',');
        string(h.timeStamp());
        put(',');
        stringList(h.author());
        put(',');
        stringList(h.organization());
        put(',');
        string(h.preprocessorVersion());
        put(',');
        string(h.originatingSystem());
        put(',');
        string(h.authorization());
        ascii(");\nFILE_SCHEMA(");
        stringList(h.schemas());
        ascii(");\nENDSEC;\nDATA;\n");
    }

    /** The original bytes of entity {@code id} of {@code source}, byte for byte, then a line feed. */
    public void writeRaw(StepModel source, int id) {
        try {
            flushBuffer();
            source.writeRaw(id, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing entity #" + id, e);
        }
        put('\n');
    }

    /**
     * {@code #id=TYPENAME(a,b,...);} with strings encoded with ISO 10303-21 escapes (non-ASCII as {@code \X2\}).
     * An empty type name writes a complex instance from {@link StepValue.Typed} records, as the reader returns them.
     */
    public void writeEntity(int id, String typeName, List<StepValue> attributes) {
        if (id <= 0) {
            throw new IllegalArgumentException("entity id must be positive, was " + id);
        }
        put('#');
        ascii(Integer.toString(id));
        put('=');
        if (typeName.isEmpty()) {
            complexInstance(id, attributes);
            return;
        }
        name(typeName);
        put('(');
        for (int i = 0; i < attributes.size(); i++) {
            if (i > 0) {
                put(',');
            }
            value(attributes.get(i));
        }
        ascii(");\n");
    }

    /** The reader's form of {@code #id=(A(..)B(..));}: empty type name, one Typed(name, list) per partial record. */
    private void complexInstance(int id, List<StepValue> records) {
        put('(');
        for (StepValue record : records) {
            if (!(record instanceof StepValue.Typed t) || !(t.value() instanceof StepValue.ListValue list)) {
                throw new IllegalArgumentException("complex instance #" + id + " needs Typed(name, list) records, got " + record);
            }
            name(t.typeName());
            put('(');
            List<StepValue> items = list.values();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    put(',');
                }
                value(items.get(i));
            }
            put(')');
        }
        ascii(");\n");
    }

    /** {@code ENDSEC; END-ISO-10303-21;} and flushes; the stream stays open. */
    public void finish() throws IOException {
        if (!finished) {
            ascii("ENDSEC;\nEND-ISO-10303-21;\n");
            finished = true;
        }
        flushBuffer();
        out.flush();
    }

    /** Flushes what is buffered and closes the stream (without {@link #finish()}, the output is incomplete). */
    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }

    private void value(StepValue v) {
        if (v instanceof StepValue.Ref r) {
            put('#');
            ascii(Integer.toString(r.id()));
        } else if (v instanceof StepValue.Str s) {
            string(s.value());
        } else if (v instanceof StepValue.Real r) {
            real(r.value());
        } else if (v instanceof StepValue.Integer n) {
            ascii(Long.toString(n.value()));
        } else if (v instanceof StepValue.Enum e) {
            put('.');
            name(e.value());
            put('.');
        } else if (v instanceof StepValue.Null) {
            put('$');
        } else if (v instanceof StepValue.Derived) {
            put('*');
        } else if (v instanceof StepValue.ListValue list) {
            put('(');
            List<StepValue> items = list.values();
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    put(',');
                }
                value(items.get(i));
            }
            put(')');
        } else if (v instanceof StepValue.Typed t) {
            name(t.typeName());
            put('(');
            value(t.value());
            put(')');
        } else if (v instanceof StepValue.Binary b) {
            binary(b.hex());
        } else {
            throw new IllegalArgumentException("unknown value " + v);
        }
    }

    /** Double.toString round-trips through Double.parseDouble and is valid REAL syntax ("1.0E-5", "-0.0"). */
    private void real(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("ISO 10303-21 has no representation for " + d);
        }
        ascii(Double.toString(d));
    }

    private void name(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("empty name");
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'
                    || (c == '!' && i == 0);
            if (!ok) {
                throw new IllegalArgumentException("not a STEP name: " + name);
            }
            put(c);
        }
    }

    private void binary(String hex) {
        put('"');
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
            if (!ok) {
                throw new IllegalArgumentException("not a hex binary: " + hex);
            }
            put(c);
        }
        put('"');
    }

    private void stringList(List<String> values) {
        put('(');
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                put(',');
            }
            string(values.get(i));
        }
        put(')');
    }

    /** Printable ASCII as is ('' and \\ doubled); control characters as \X\hh; other runs as \X2\hhhh...\X0\. */
    private void string(String s) {
        put('\'');
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                if (c == '\'' || c == '\\') {
                    put(c);
                }
                put(c);
                i++;
            } else if (c < 0x20 || c == 0x7F) {
                put('\\');
                put('X');
                put('\\');
                put(HEX[c >> 4]);
                put(HEX[c & 0xF]);
                i++;
            } else {
                ascii("\\X2\\");
                while (i < n && s.charAt(i) >= 0x80) {
                    char w = s.charAt(i);
                    put(HEX[w >> 12]);
                    put(HEX[(w >> 8) & 0xF]);
                    put(HEX[(w >> 4) & 0xF]);
                    put(HEX[w & 0xF]);
                    i++;
                }
                ascii("\\X0\\");
            }
        }
        put('\'');
    }

    private void ascii(String s) {
        for (int i = 0; i < s.length(); i++) {
            put(s.charAt(i));
        }
    }

    private void put(char c) {
        put((byte) c);
    }

    private void put(byte b) {
        if (len == buf.length) {
            try {
                flushBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        buf[len++] = b;
    }

    private void flushBuffer() throws IOException {
        if (len > 0) {
            out.write(buf, 0, len);
            len = 0;
        }
    }
}
