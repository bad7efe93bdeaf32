package org.plinth.step;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One pass over the bytes: finds every statement, checks its structure (ids, type names, strings, binaries,
 * comments, parentheses, the ';'), and records entity id, offset, length and type code in primitive columns.
 * Parameter tokens are checked only for their character set here; they are decoded when asked for.
 *
 * <p>The scan works on a {@code byte[]} window: the whole input when it is an array, otherwise a copy of the mapped
 * bytes, refilled from the start of a statement that does not fit (so the scan of one statement never spans two
 * refills and keeps its state in locals). The hot path is the table-driven skip in {@link #scanBody}; errors, escapes
 * and refills are in separate methods.
 *
 * <p>Ugly on purpose: positions, results and error details go through ints and a few fields instead of objects.
 */
final class StepIndexer {

    static final int NEED_MORE = -1;
    static final int ERROR = -2;
    private static final int NO_ENTITY_START = -3;

    /** Default window for mapped input; a statement longer than this grows it. */
    static final int DEFAULT_WINDOW_BYTES = 1 << 22;
    /** Longest statement accepted: bounds the window (and the index stores lengths as int). */
    static final int MAX_STATEMENT_BYTES = 1 << 30;
    /** Warnings beyond this are counted, not kept. */
    static final int MAX_KEPT_WARNINGS = 1000;

    private static final byte PLAIN = 0;
    private static final byte QUOTE = 1;
    private static final byte DQUOTE = 2;
    private static final byte OPEN = 3;
    private static final byte CLOSE = 4;
    private static final byte SEMI = 5;
    private static final byte SLASH = 6;
    private static final byte BAD = 7;

    /** Byte classes inside a parameter list, outside strings: PLAIN for every byte a token or space may contain. */
    private static final byte[] BODY = new byte[256];
    /** Inside a string: 1 for the quote, 2 for a line end (checked for an unterminated string), 0 otherwise. */
    private static final byte[] STRING = new byte[256];
    private static final boolean[] NAME = new boolean[256];
    private static final boolean[] KEYWORD = new boolean[256];

    static {
        Arrays.fill(BODY, BAD);
        String plain = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.,+-#$*_!& \t\r\n";
        for (int i = 0; i < plain.length(); i++) {
            BODY[plain.charAt(i)] = PLAIN;
        }
        BODY['\''] = QUOTE;
        BODY['"'] = DQUOTE;
        BODY['('] = OPEN;
        BODY[')'] = CLOSE;
        BODY[';'] = SEMI;
        BODY['/'] = SLASH;
        STRING['\''] = 1;
        STRING['\n'] = 2;
        STRING['\r'] = 2;
        for (int c = 0; c < 256; c++) {
            NAME[c] = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
            KEYWORD[c] = NAME[c] || c == '-';
        }
    }

    private enum Section { BEFORE, HEADER_EXPECTED, HEADER, BETWEEN, DATA, ENDED }

    private final StepSource source;
    private final StepReadOptions options;
    private final long size;
    private final StepLocator locator;
    private final StepSymbolTable symbols = new StepSymbolTable();

    private byte[] w;
    private long base;
    private int lim;

    private int count;
    private int[] ids;
    private long[] offsets;
    private int[] lengths;
    private int[] types;

    private final List<StepWarning> warnings = new ArrayList<>();
    private long warningTotal;
    private Section section = Section.BEFORE;
    private boolean magicSeen;
    private final long[] headerOffsets = {-1, -1, -1};
    private final int[] headerLengths = new int[3];

    // result of scanStatement
    private boolean stmtIsEntity;
    private int stmtId;
    private int stmtNameStart;
    private int stmtNameEnd;
    private int stmtNameHash;
    // error detail of the last ERROR result
    private int errPos;
    private int errId;
    private String errReason;
    private long errResume;
    /** Window index of the comment {@link #skipTopLevelSpace} was in when it returned NEED_MORE. */
    private int commentStart;

    StepIndexer(StepSource source, StepReadOptions options, int windowBytes) {
        this.source = source;
        this.options = options;
        this.size = source.size();
        this.locator = new StepLocator(source);
        byte[] array = source.array();
        if (array != null) {
            w = array;
            base = 0;
            lim = array.length;
        } else {
            w = new byte[(int) Math.max(16, Math.min(windowBytes, size))];
            base = 0;
            lim = 0;
        }
        int estimate = (int) Math.min(options.maxEntities() + 1, Math.max(1024, size / 80));
        ids = new int[estimate];
        offsets = new long[estimate];
        lengths = new int[estimate];
        types = new int[estimate];
    }

    StepModel index() {
        long pos = skipByteOrderMark();
        while (section != Section.ENDED && pos < size) {
            if (pos < base || pos >= base + lim) {
                fill(pos);
            }
            int p = (int) (pos - base);
            int r = skipTopLevelSpace(w, p, lim);
            if (r == NEED_MORE) {
                // continue (or report) from where the unfinished comment starts, whatever the window size
                pos = base + commentStart;
                if (!more(pos)) {
                    report(pos, 0, "unterminated comment");
                    break;
                }
                continue;
            }
            if (r == ERROR) {
                long at = base + errPos;
                report(at, 0, errReason);
                pos = Math.max(resync(pos, at), pos + 1);
                continue;
            }
            pos = base + r;
            if (r == lim) {
                continue;
            }
            r = scanStatement(w, r, lim);
            if (r == NEED_MORE) {
                if (!more(pos)) {
                    int id = idAt(pos);
                    if (base + lim >= size) {
                        report(pos, id, "unexpected end of file inside " + (id > 0 ? "entity" : "statement"));
                        break;
                    }
                    report(pos, id, "statement longer than " + MAX_STATEMENT_BYTES + " bytes");
                    pos = Math.max(resync(pos, pos), pos + 1);
                }
                continue;
            }
            if (r == ERROR) {
                long at = base + errPos;
                report(at, errId, errReason);
                long next = errResume >= 0 ? errResume : resync(pos, at);
                pos = Math.max(next, pos + 1);
                continue;
            }
            long end = base + r;
            if (end - pos > MAX_STATEMENT_BYTES) {
                // only an array source gets here; a mapped one stops growing its window at the same size
                report(pos, stmtId, "statement longer than " + MAX_STATEMENT_BYTES + " bytes");
                pos = end;
                continue;
            }
            if (stmtIsEntity) {
                entity(pos, end);
            } else {
                keyword(pos, end);
            }
            pos = end;
        }
        if (section != Section.ENDED) {
            report(size, 0, "missing END-ISO-10303-21");
        }
        if (!magicSeen && count == 0) {
            throw locator.syntaxError(0, 0, "not an ISO 10303-21 file (no ISO-10303-21 and no entity instances)");
        }
        return build();
    }

    private long skipByteOrderMark() {
        if (size >= 3 && source.byteAt(0) == (byte) 0xEF && source.byteAt(1) == (byte) 0xBB && source.byteAt(2) == (byte) 0xBF) {
            return 3;
        }
        return 0;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // window

    private void fill(long pos) {
        base = pos;
        lim = (int) Math.min(w.length, size - pos);
        source.copy(pos, w, 0, lim);
    }

    /** Makes the statement at {@code pos} see more bytes; false at end of input or when it would exceed the cap. */
    private boolean more(long pos) {
        if (base + lim >= size) {
            return false;
        }
        if (pos == base) {
            if (w.length >= MAX_STATEMENT_BYTES) {
                return false;
            }
            w = new byte[(int) Math.min(MAX_STATEMENT_BYTES, Math.min(size, 2L * w.length))];
        }
        fill(pos);
        return true;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // scanning (positions relative to the window)

    private int fail(int pos, int id, String reason) {
        errPos = pos;
        errId = id;
        errReason = reason;
        errResume = -1;
        return ERROR;
    }

    /** Whitespace and comments between statements: the first other byte, {@code lim} when none, or NEED_MORE. */
    private int skipTopLevelSpace(byte[] w, int p, int lim) {
        while (p < lim) {
            byte c = w[p];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                p++;
            } else if (c == '/') {
                commentStart = p;
                p = skipComment(w, p, lim);
                if (p < 0) {
                    return p;
                }
            } else {
                return p;
            }
        }
        return lim;
    }

    /** Whitespace and comments inside a statement: the first other byte, or NEED_MORE / ERROR. */
    private int skipSpace(byte[] w, int p, int lim) {
        while (true) {
            if (p >= lim) {
                return NEED_MORE;
            }
            byte c = w[p];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                p++;
            } else if (c == '/') {
                p = skipComment(w, p, lim);
                if (p < 0) {
                    return p;
                }
            } else {
                return p;
            }
        }
    }

    private int skipComment(byte[] w, int p, int lim) {
        if (p + 1 >= lim) {
            return NEED_MORE;
        }
        if (w[p + 1] != '*') {
            return fail(p, stmtId, "unexpected '/'");
        }
        int q = p + 2;
        while (true) {
            if (q + 1 >= lim) {
                return NEED_MORE;
            }
            if (w[q] == '*' && w[q + 1] == '/') {
                return q + 2;
            }
            q++;
        }
    }

    /** One statement from its first byte to just after its ';'. Sets the stmt* fields. */
    private int scanStatement(byte[] w, int start, int lim) {
        int p = start;
        stmtId = 0;
        byte c = w[p];
        if (c == '#') {
            p++;
            int id = 0;
            int digits = 0;
            while (true) {
                if (p >= lim) {
                    return NEED_MORE;
                }
                int d = w[p] - '0';
                if (d < 0 || d > 9) {
                    break;
                }
                if (id > (Integer.MAX_VALUE - d) / 10) {
                    return fail(start, 0, "entity id out of range");
                }
                id = id * 10 + d;
                digits++;
                p++;
            }
            if (digits == 0 || id == 0) {
                return fail(start, 0, "expected a positive entity id after '#'");
            }
            stmtId = id;
            p = skipSpace(w, p, lim);
            if (p < 0) {
                return p;
            }
            if (w[p] != '=') {
                return fail(p, id, "expected '=' after #" + id);
            }
            p = skipSpace(w, p + 1, lim);
            if (p < 0) {
                return p;
            }
            c = w[p];
            if (c == '(') {
                stmtNameStart = p;
                stmtNameEnd = p;
                stmtNameHash = 0;
            } else if (NAME[c & 0xFF] || c == '!') {
                int nameStart = p;
                int h = 0;
                if (c == '!') {
                    h = '!';
                    p++;
                }
                while (true) {
                    if (p >= lim) {
                        return NEED_MORE;
                    }
                    byte n = w[p];
                    if (!NAME[n & 0xFF]) {
                        break;
                    }
                    h = 31 * h + (n | 0x20);
                    p++;
                }
                stmtNameStart = nameStart;
                stmtNameEnd = p;
                stmtNameHash = h;
                p = skipSpace(w, p, lim);
                if (p < 0) {
                    return p;
                }
                if (w[p] != '(') {
                    return fail(p, id, "expected '(' after the type name");
                }
            } else {
                return fail(p, id, "expected a type name after '='");
            }
            stmtIsEntity = true;
        } else if (KEYWORD[c & 0xFF]) {
            while (true) {
                if (p >= lim) {
                    return NEED_MORE;
                }
                if (!KEYWORD[w[p] & 0xFF]) {
                    break;
                }
                p++;
            }
            stmtNameStart = start;
            stmtNameEnd = p;
            p = skipSpace(w, p, lim);
            if (p < 0) {
                return p;
            }
            stmtIsEntity = false;
            if (w[p] == ';') {
                return p + 1;
            }
            if (w[p] != '(') {
                return fail(p, 0, "expected '(' or ';' after keyword");
            }
        } else {
            return fail(start, 0, "unexpected " + describe(c) + " where a statement should start");
        }
        p = scanBody(w, p + 1, lim);
        if (p < 0) {
            return p;
        }
        int closed = p;
        p = skipSpace(w, p, lim);
        if (p < 0) {
            return p;
        }
        if (w[p] != ';') {
            // reported where the ';' belongs, so the line is the entity's own
            return fail(closed, stmtId, "expected ';' after the closing parenthesis");
        }
        return p + 1;
    }

    /** From just after an opening parenthesis to just after its matching closing one. */
    private int scanBody(byte[] w, int p, int lim) {
        final byte[] body = BODY;
        final int maxDepth = options.maxListDepth();
        int depth = 1;
        while (true) {
            while (p < lim && body[w[p] & 0xFF] == PLAIN) {
                p++;
            }
            if (p >= lim) {
                return NEED_MORE;
            }
            switch (body[w[p] & 0xFF]) {
                case QUOTE:
                    p = skipString(w, p, lim);
                    if (p < 0) {
                        return p;
                    }
                    break;
                case OPEN:
                    if (++depth > maxDepth) {
                        return fail(p, stmtId, "lists nested deeper than " + maxDepth);
                    }
                    p++;
                    break;
                case CLOSE:
                    p++;
                    if (--depth == 0) {
                        return p;
                    }
                    break;
                case DQUOTE:
                    p = skipBinary(w, p, lim);
                    if (p < 0) {
                        return p;
                    }
                    break;
                case SLASH:
                    p = skipComment(w, p, lim);
                    if (p < 0) {
                        return p;
                    }
                    break;
                case SEMI:
                    fail(p, stmtId, "';' before the closing parenthesis (unbalanced parentheses)");
                    errResume = base + p + 1;
                    return ERROR;
                default:
                    return fail(p, stmtId, "unexpected " + describe(w[p]) + " in parameter list");
            }
        }
    }

    /** From the opening quote to just after the closing one. */
    private int skipString(byte[] w, int p, int lim) {
        final byte[] table = STRING;
        final int start = p;
        final long maxEnd = (long) start + options.maxStringLength() + 2;
        p++;
        while (true) {
            while (p < lim && table[w[p] & 0xFF] == 0) {
                p++;
            }
            if (p > maxEnd) {
                return fail(start, stmtId, "string longer than " + options.maxStringLength() + " bytes");
            }
            if (p >= lim) {
                return NEED_MORE;
            }
            if (w[p] == '\'') {
                if (p + 1 >= lim) {
                    return NEED_MORE;
                }
                if (w[p + 1] == '\'') {
                    p += 2;
                    continue;
                }
                return p + 1;
            }
            int next = entityStartAfterLineFeed(w, p + 1, lim);
            if (next == NEED_MORE) {
                return NEED_MORE;
            }
            if (next >= 0) {
                fail(start, stmtId, "unterminated string");
                errResume = base + next;
                return ERROR;
            }
            p++;
        }
    }

    /**
     * After a line end inside a string: the index of '#' when the next line starts an entity instance
     * ({@code #digits =}), which means the string was never closed; {@link #NO_ENTITY_START} otherwise.
     */
    private static int entityStartAfterLineFeed(byte[] w, int p, int lim) {
        while (p < lim && (w[p] == ' ' || w[p] == '\t' || w[p] == '\r' || w[p] == '\n')) {
            p++;
        }
        if (p >= lim) {
            return NEED_MORE;
        }
        if (w[p] != '#') {
            return NO_ENTITY_START;
        }
        int hash = p;
        p++;
        int digits = 0;
        while (p < lim && w[p] >= '0' && w[p] <= '9') {
            p++;
            digits++;
        }
        while (p < lim && (w[p] == ' ' || w[p] == '\t')) {
            p++;
        }
        if (p >= lim) {
            return NEED_MORE;
        }
        return digits > 0 && w[p] == '=' ? hash : NO_ENTITY_START;
    }

    private int skipBinary(byte[] w, int p, int lim) {
        final int start = p;
        final long maxEnd = (long) start + options.maxStringLength() + 2;
        p++;
        while (true) {
            if (p > maxEnd) {
                return fail(start, stmtId, "binary longer than " + options.maxStringLength() + " bytes");
            }
            if (p >= lim) {
                return NEED_MORE;
            }
            byte c = w[p];
            if (c == '"') {
                return p + 1;
            }
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f'))) {
                return fail(p, stmtId, "unexpected " + describe(c) + " in binary");
            }
            p++;
        }
    }

    private static String describe(byte c) {
        int v = c & 0xFF;
        if (v > 0x20 && v < 0x7F) {
            return "'" + (char) v + "'";
        }
        return String.format("byte 0x%02X", v);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // statements

    private void entity(long pos, long end) {
        if (section != Section.DATA) {
            report(pos, stmtId, "entity instance outside a DATA section");
            section = Section.DATA;
        }
        int type = symbols.intern(w, stmtNameStart, stmtNameEnd, stmtNameHash);
        if (count >= options.maxEntities()) {
            throw locator.syntaxError(pos, stmtId, "more than " + options.maxEntities() + " entity instances");
        }
        if (count == ids.length) {
            grow();
        }
        ids[count] = stmtId;
        offsets[count] = pos;
        lengths[count] = (int) (end - pos);
        types[count] = type;
        count++;
    }

    private void grow() {
        long wanted = Math.min(options.maxEntities(), (long) ids.length + (ids.length >> 1) + 16);
        int n = (int) Math.max(wanted, count + 1L);
        ids = Arrays.copyOf(ids, n);
        offsets = Arrays.copyOf(offsets, n);
        lengths = Arrays.copyOf(lengths, n);
        types = Arrays.copyOf(types, n);
    }

    private void keyword(long pos, long end) {
        String word = new String(w, stmtNameStart, stmtNameEnd - stmtNameStart, StandardCharsets.ISO_8859_1);
        switch (word) {
            case "ISO-10303-21":
                magicSeen = true;
                if (section != Section.BEFORE) {
                    report(pos, 0, "unexpected ISO-10303-21");
                }
                section = Section.HEADER_EXPECTED;
                break;
            case "HEADER":
                if (section != Section.HEADER_EXPECTED) {
                    report(pos, 0, "unexpected HEADER");
                }
                section = Section.HEADER;
                break;
            case "FILE_DESCRIPTION":
                headerStatement(0, pos, end);
                break;
            case "FILE_NAME":
                headerStatement(1, pos, end);
                break;
            case "FILE_SCHEMA":
                headerStatement(2, pos, end);
                break;
            case "ENDSEC":
                if (section != Section.HEADER && section != Section.DATA) {
                    report(pos, 0, "unexpected ENDSEC");
                }
                section = Section.BETWEEN;
                break;
            case "DATA":
                if (section != Section.BETWEEN) {
                    report(pos, 0, "unexpected DATA");
                }
                section = Section.DATA;
                break;
            case "END-ISO-10303-21":
                if (section != Section.BETWEEN) {
                    report(pos, 0, "END-ISO-10303-21 before ENDSEC");
                }
                section = Section.ENDED;
                break;
            default:
                if (section != Section.HEADER) {
                    report(pos, 0, "unexpected keyword " + (word.length() > 40 ? word.substring(0, 40) + "..." : word));
                }
                // other header entities (FILE_POPULATION, SECTION_LANGUAGE, ...) carry nothing we expose
                break;
        }
    }

    private void headerStatement(int which, long pos, long end) {
        if (section != Section.HEADER) {
            report(pos, 0, "header entity outside the HEADER section");
        }
        if (headerOffsets[which] >= 0) {
            report(pos, 0, "header entity given twice");
            return;
        }
        headerOffsets[which] = pos;
        headerLengths[which] = (int) (end - pos);
    }

    /** The id of the statement at {@code pos} when it starts with #digits, else 0 (for messages only). */
    private int idAt(long pos) {
        if (pos >= size || source.byteAt(pos) != '#') {
            return 0;
        }
        long id = 0;
        for (long k = pos + 1; k < size && k < pos + 12; k++) {
            byte c = source.byteAt(k);
            if (c < '0' || c > '9') {
                break;
            }
            id = id * 10 + (c - '0');
        }
        return id > Integer.MAX_VALUE ? 0 : (int) id;
    }

    /**
     * Where to go on after an error at {@code err} in the statement that began at {@code start}: the line of the error
     * when it starts with '#' inside the statement (a missing ')' or ';' ran into the next instance), otherwise just
     * after the next ';' or at the next line that starts with '#', whichever comes first.
     */
    private long resync(long start, long err) {
        long q = Math.min(err, size);
        while (q > start && source.byteAt(q - 1) != '\n' && source.byteAt(q - 1) != '\r') {
            q--;
        }
        if (q > start) {
            long k = q;
            while (k < size && (source.byteAt(k) == ' ' || source.byteAt(k) == '\t')) {
                k++;
            }
            if (k < size && source.byteAt(k) == '#' && k <= err) {
                return k;
            }
        }
        for (long k = Math.max(err, start + 1); k < size; k++) {
            byte c = source.byteAt(k);
            if (c == ';') {
                return k + 1;
            }
            if (c == '\n' || c == '\r') {
                long j = k + 1;
                while (j < size && (source.byteAt(j) == ' ' || source.byteAt(j) == '\t' || source.byteAt(j) == '\r'
                        || source.byteAt(j) == '\n')) {
                    j++;
                }
                if (j < size && source.byteAt(j) == '#') {
                    return j;
                }
            }
        }
        return size;
    }

    private void report(long offset, int entityId, String reason) {
        if (!options.lenient()) {
            throw locator.syntaxError(offset, entityId, reason);
        }
        warningTotal++;
        if (warnings.size() < MAX_KEPT_WARNINGS) {
            long[] lc = locator.locate(offset);
            String message = StepSyntaxException.format(lc[0], (int) Math.min(Integer.MAX_VALUE, lc[1]), entityId,
                    locator.excerpt(offset), reason);
            warnings.add(new StepWarning(entityId, lc[0], (int) Math.min(Integer.MAX_VALUE, lc[1]), message));
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // result

    private StepModel build() {
        int n = count;
        int[] finalIds = Arrays.copyOf(ids, n);
        long[] finalOffsets = Arrays.copyOf(offsets, n);
        int[] finalLengths = Arrays.copyOf(lengths, n);
        int[] finalTypes = Arrays.copyOf(types, n);
        ids = null;
        offsets = null;
        lengths = null;
        types = null;
        StepIdTable table = StepIdTable.build(finalIds, n);
        if (table.duplicateCount() > 0) {
            boolean[] dropped = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (table.isDuplicate(i)) {
                    report(finalOffsets[i], finalIds[i], "duplicate entity id #" + finalIds[i] + "; the first instance is kept");
                    dropped[i] = true;
                }
            }
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (!dropped[i]) {
                    finalIds[kept] = finalIds[i];
                    finalOffsets[kept] = finalOffsets[i];
                    finalLengths[kept] = finalLengths[i];
                    finalTypes[kept] = finalTypes[i];
                    kept++;
                }
            }
            finalIds = Arrays.copyOf(finalIds, kept);
            finalOffsets = Arrays.copyOf(finalOffsets, kept);
            finalLengths = Arrays.copyOf(finalLengths, kept);
            finalTypes = Arrays.copyOf(finalTypes, kept);
            table = StepIdTable.build(finalIds, kept);
        }
        w = null;
        StepHeader header = header();
        return new StepModel(source, options, locator, header, List.copyOf(warnings), warningTotal, symbols,
                finalIds, finalOffsets, finalLengths, finalTypes, table);
    }

    private StepHeader header() {
        List<StepValue> description = headerParameters(0);
        List<StepValue> name = headerParameters(1);
        List<StepValue> schema = headerParameters(2);
        return new StepHeader(strings(description, 0), text(description, 1), text(name, 0), text(name, 1),
                strings(name, 2), strings(name, 3), text(name, 4), text(name, 5), text(name, 6), strings(schema, 0));
    }

    private List<StepValue> headerParameters(int which) {
        long off = headerOffsets[which];
        if (off < 0) {
            return List.of();
        }
        int len = headerLengths[which];
        byte[] bytes = source.bytes(off, len);
        int from = source.arrayBase(off);
        try {
            return new StepValueDecoder(bytes, from, from + len, off, 0, options.maxListDepth(), locator).namedParameters();
        } catch (StepSyntaxException e) {
            if (!options.lenient()) {
                throw e;
            }
            report(off, 0, "unreadable header entity: " + e.reason());
            return List.of();
        }
    }

    private static String text(List<StepValue> values, int i) {
        if (i >= values.size()) {
            return "";
        }
        StepValue v = values.get(i);
        return v instanceof StepValue.Str s ? s.value() : "";
    }

    private static List<String> strings(List<StepValue> values, int i) {
        if (i >= values.size()) {
            return List.of();
        }
        StepValue v = values.get(i);
        if (v instanceof StepValue.Str s) {
            return List.of(s.value());
        }
        if (!(v instanceof StepValue.ListValue list)) {
            return List.of();
        }
        List<String> out = new ArrayList<>(list.values().size());
        for (StepValue item : list.values()) {
            if (item instanceof StepValue.Str s) {
                out.add(s.value());
            }
        }
        return out;
    }
}
