package org.plinth.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Writes a large, valid IFC by replicating the DATA section of a corpus model: copy {@code c} adds
 * {@code c * maxId} to every entity id and every {@code #ref}, and gives every GlobalId (a 22-character IFC
 * base64 string as first attribute) a new value built from (source, copy, original entity id), so GlobalIds are
 * unique across copies. The header is written once, and so is the {@code IFCPROJECT}: later copies drop
 * theirs and point their references at the first one, so the file has one project with one site tree per copy,
 * each hung from it by its own {@code IFCRELAGGREGATES} ({@code IsDecomposedBy} is {@code SET [0:?]} in IFC2X3
 * and IFC4). Each copy keeps its own owner history, unit assignment and representation contexts; the project
 * lists those of the first copy.
 *
 * <p>Usage: {@code LargeIfcGenerator [--source FILE] [--min-bytes N] OUT}. Default source is the corpus
 * {@code AC20-FZK-Haus.ifc}, default size 500 MiB. The output belongs in {@code target/} or a temp dir,
 * never in git.
 */
public final class LargeIfcGenerator {

    static final long DEFAULT_MIN_BYTES = 500L * 1024 * 1024;
    static final String DEFAULT_SOURCE = "AC20-FZK-Haus.ifc";

    private static final byte[] IFC_BASE64 =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_$".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] IS_IFC_BASE64 = new boolean[256];

    static {
        for (byte b : IFC_BASE64) {
            IS_IFC_BASE64[b & 0xFF] = true;
        }
    }

    /** What was written: copies of the source, entities and bytes in the output. */
    public record Result(Path file, int copies, long entities, long bytes, int idStride) {
    }

    /** The source model cut into entities: [start, end) of each "#id=TYPE(...);" in {@code bytes}. */
    record SourceModel(byte[] bytes, int dataStart, int[] entityStart, int[] entityEnd, int entityCount,
            int maxId, int projectId) {
    }

    private LargeIfcGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path source = null;
        long minBytes = DEFAULT_MIN_BYTES;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--source" -> source = Path.of(args[++i]);
                case "--min-bytes" -> minBytes = Long.parseLong(args[++i]);
                default -> out = Path.of(args[i]);
            }
        }
        if (out == null) {
            System.err.println("usage: LargeIfcGenerator [--source FILE] [--min-bytes N] OUT");
            System.exit(2);
        }
        if (source == null) {
            source = CorpusFiles.require(DEFAULT_SOURCE);
        }
        long start = System.nanoTime();
        Result result = generate(source, out, minBytes);
        System.out.printf("wrote %s: %d bytes, %d entities, %d copies of %s (id stride %d) in %.1f s%n",
                result.file(), result.bytes(), result.entities(), result.copies(), source.getFileName(),
                result.idStride(), (System.nanoTime() - start) / 1e9);
    }

    public static Result generate(Path source, Path out, long minBytes) throws IOException {
        SourceModel model = cut(Files.readAllBytes(source), source.toString());
        long hashOfSource = fnv1a64(source.getFileName().toString());
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        try (OutputStream stream = Files.newOutputStream(out)) {
            ByteSink sink = new ByteSink(stream);
            sink.put(model.bytes(), 0, model.dataStart());
            sink.put((byte) '\n');
            int copies = 0;
            long entities = 0;
            while (copies == 0 || sink.written() < minBytes) {
                entities += writeCopy(model, copies, hashOfSource, sink);
                copies++;
                if ((long) copies * model.maxId() > Integer.MAX_VALUE - (long) model.maxId()) {
                    throw new IllegalArgumentException("entity ids would overflow int after " + copies + " copies of "
                            + source + "; use a larger source or a smaller --min-bytes");
                }
            }
            sink.put("ENDSEC;\nEND-ISO-10303-21;\n".getBytes(StandardCharsets.US_ASCII), 0, 26);
            sink.flush();
            return new Result(out, copies, entities, sink.written(), model.maxId());
        }
    }

    /** Splits the DATA section into entities; comments between entities are dropped. */
    static SourceModel cut(byte[] bytes, String what) {
        int dataStart = indexOfOutsideStrings(bytes, "DATA;".getBytes(StandardCharsets.US_ASCII), 0);
        if (dataStart < 0) {
            throw new IllegalArgumentException("no DATA section in " + what);
        }
        dataStart += 5;
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        int count = 0;
        int maxId = 0;
        int projectId = -1;
        int i = dataStart;
        int n = bytes.length;
        while (i < n) {
            byte b = bytes[i];
            if (b == '#') {
                int entityEnd = endOfEntity(bytes, i, what);
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = i;
                ends[count] = entityEnd;
                count++;
                int id = 0;
                int p = i + 1;
                while (bytes[p] >= '0' && bytes[p] <= '9') {
                    id = id * 10 + (bytes[p] - '0');
                    p++;
                }
                maxId = Math.max(maxId, id);
                if (projectId < 0 && isTypeAt(bytes, p, entityEnd, "IFCPROJECT(")) {
                    projectId = id;
                }
                i = entityEnd;
            } else if (b == '/' && i + 1 < n && bytes[i + 1] == '*') {
                i = indexOf(bytes, (byte) '*', (byte) '/', i + 2) + 2;
            } else if (b == 'E' && startsWith(bytes, i, "ENDSEC;")) {
                break;
            } else {
                i++;
            }
        }
        return new SourceModel(bytes, dataStart, starts, ends, count, maxId, projectId);
    }

    private static long writeCopy(SourceModel model, int copy, long hashOfSource, ByteSink sink) {
        byte[] bytes = model.bytes();
        long offset = (long) copy * model.maxId();
        int written = 0;
        for (int e = 0; e < model.entityCount(); e++) {
            int start = model.entityStart()[e];
            int end = model.entityEnd()[e];
            int originalId = parseId(bytes, start + 1);
            if (copy > 0 && originalId == model.projectId()) {
                continue;
            }
            writeEntity(bytes, start, end, copy, offset, originalId, model.projectId(), hashOfSource, sink);
            sink.put((byte) '\n');
            written++;
        }
        return written;
    }

    private static void writeEntity(byte[] bytes, int start, int end, int copy, long offset, int originalId,
            int projectId, long hashOfSource, ByteSink sink) {
        int open = start;
        while (bytes[open] != '(') {
            open++;
        }
        int i = start;
        boolean inString = false;
        while (i < end) {
            byte b = bytes[i];
            if (inString) {
                sink.put(b);
                if (b == '\'') {
                    if (i + 1 < end && bytes[i + 1] == '\'') {
                        sink.put(b);
                        i += 2;
                        continue;
                    }
                    inString = false;
                }
                i++;
            } else if (b == '#') {
                int p = i + 1;
                int id = 0;
                while (p < end && bytes[p] >= '0' && bytes[p] <= '9') {
                    id = id * 10 + (bytes[p] - '0');
                    p++;
                }
                sink.put((byte) '#');
                sink.putDecimal(copy > 0 && id == projectId ? id : id + offset);
                i = p;
            } else if (b == '\'') {
                if (i == open + 1 && isGlobalIdAt(bytes, i, end)) {
                    sink.put((byte) '\'');
                    sink.putGlobalId(hashOfSource, ((long) copy << 32) | (originalId & 0xFFFFFFFFL));
                    sink.put((byte) '\'');
                    i += 24;
                    continue;
                }
                inString = true;
                sink.put(b);
                i++;
            } else {
                sink.put(b);
                i++;
            }
        }
    }

    /** A quoted 22-character string of IFC base64 characters whose first character carries two bits. */
    private static boolean isGlobalIdAt(byte[] bytes, int quote, int end) {
        if (quote + 23 >= end || bytes[quote + 23] != '\'' || bytes[quote + 1] < '0' || bytes[quote + 1] > '3') {
            return false;
        }
        for (int k = quote + 1; k < quote + 23; k++) {
            if (!IS_IFC_BASE64[bytes[k] & 0xFF]) {
                return false;
            }
        }
        return true;
    }

    /** Encodes 128 bits (hi, lo) as the 22-character IFC GlobalId alphabet: 2 bits, then 21 times 6 bits. */
    static void encodeGlobalId(long hi, long lo, byte[] out, int at) {
        for (int k = 21; k >= 1; k--) {
            out[at + k] = IFC_BASE64[(int) (lo & 63)];
            lo = (lo >>> 6) | (hi << 58);
            hi >>>= 6;
        }
        out[at] = IFC_BASE64[(int) (lo & 3)];
    }

    private static int endOfEntity(byte[] bytes, int start, String what) {
        boolean inString = false;
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\'') {
                inString = !inString;
            } else if (b == ';' && !inString) {
                return i + 1;
            }
        }
        throw new IllegalArgumentException("entity at byte " + start + " of " + what + " has no closing ';'");
    }

    private static int indexOfOutsideStrings(byte[] bytes, byte[] token, int from) {
        boolean inString = false;
        for (int i = from; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\'') {
                inString = !inString;
            } else if (!inString && b == token[0] && startsWith(bytes, i, token)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOf(byte[] bytes, byte first, byte second, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == first && bytes[i + 1] == second) {
                return i;
            }
        }
        return bytes.length - 2;
    }

    private static boolean isTypeAt(byte[] bytes, int afterId, int end, String typeAndParen) {
        int p = afterId;
        while (p < end && (bytes[p] == ' ' || bytes[p] == '=')) {
            p++;
        }
        return startsWith(bytes, p, typeAndParen);
    }

    private static boolean startsWith(byte[] bytes, int at, String ascii) {
        return startsWith(bytes, at, ascii.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] token) {
        if (at + token.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < token.length; k++) {
            if (bytes[at + k] != token[k]) {
                return false;
            }
        }
        return true;
    }

    private static int parseId(byte[] bytes, int at) {
        int id = 0;
        while (bytes[at] >= '0' && bytes[at] <= '9') {
            id = id * 10 + (bytes[at] - '0');
            at++;
        }
        return id;
    }

    private static long fnv1a64(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** A plain byte buffer: BufferedOutputStream's per-byte synchronized write costs seconds over 500 MB. */
    private static final class ByteSink {
        private final OutputStream out;
        private final byte[] buffer = new byte[1 << 20];
        private final byte[] digits = new byte[20];
        private int position;
        private long flushed;

        ByteSink(OutputStream out) {
            this.out = out;
        }

        void put(byte b) {
            if (position == buffer.length) {
                flush();
            }
            buffer[position++] = b;
        }

        void put(byte[] bytes, int from, int length) {
            for (int i = 0; i < length; i++) {
                put(bytes[from + i]);
            }
        }

        void putDecimal(long value) {
            int n = 0;
            do {
                digits[n++] = (byte) ('0' + (value % 10));
                value /= 10;
            } while (value != 0);
            while (n > 0) {
                put(digits[--n]);
            }
        }

        void putGlobalId(long hi, long lo) {
            if (position + 22 > buffer.length) {
                flush();
            }
            encodeGlobalId(hi, lo, buffer, position);
            position += 22;
        }

        long written() {
            return flushed + position;
        }

        void flush() {
            try {
                out.write(buffer, 0, position);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the large IFC", e);
            }
            flushed += position;
            position = 0;
        }
    }
}
