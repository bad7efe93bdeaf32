package org.plinth.step;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes between the quotes of a STEP string: {@code ''}, {@code \\}, {@code \S\c}, {@code \P?\},
 * {@code \X\hh}, {@code \X2\...\X0\}, {@code \X4\...\X0\}, print directives {@code \N\ \F\} (dropped), and raw
 * non-ASCII bytes as UTF-8 (many exporters write them). A byte that does not start valid UTF-8 is taken as ISO 8859-1,
 * and a backslash that starts no known escape is kept as a character (exporters write Windows paths unescaped).
 * A malformed {@code \X2\} or {@code \X4\} run throws {@link MalformedEscapeException} with the byte index.
 */
final class StepStringDecoder {

    /** A malformed escape at {@link #index} of the decoded array. */
    static final class MalformedEscapeException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        final int index;

        MalformedEscapeException(int index, String message) {
            super(message);
            this.index = index;
        }
    }

    private static final char[][] CODE_PAGES = new char[10][];

    private StepStringDecoder() {
    }

    static String decode(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            int c = b[i];
            if (c < 0x20 || c == '\\' || c == '\'' || c == 0x7F) {
                return decodeEscaped(b, from, to, i);
            }
        }
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static String decodeEscaped(byte[] b, int from, int to, int firstSpecial) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < firstSpecial; i++) {
            sb.append((char) b[i]);
        }
        int page = 1;
        int i = firstSpecial;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c == '\'') {
                sb.append('\'');
                i += (i + 1 < to && b[i + 1] == '\'') ? 2 : 1;
            } else if (c == '\\') {
                if (i + 3 < to && b[i + 1] == 'P' && b[i + 3] == '\\' && b[i + 2] >= 'A' && b[i + 2] <= 'I') {
                    page = b[i + 2] - 'A' + 1;
                    i += 4;
                } else {
                    i = escape(b, i, to, sb, page);
                }
            } else if (c < 0x80) {
                sb.append((char) c);
                i++;
            } else {
                i = utf8(b, i, to, sb);
            }
        }
        return sb.toString();
    }

    /** Handles one escape (other than a code page switch) at a backslash; returns the next index. */
    private static int escape(byte[] b, int i, int to, StringBuilder sb, int page) {
        int n = i + 1 < to ? b[i + 1] : -1;
        if (n == '\\') {
            sb.append('\\');
            return i + 2;
        }
        if (n == 'S' && i + 3 < to && b[i + 2] == '\\') {
            int ch = b[i + 3] & 0xFF;
            if (ch >= 0x20 && ch < 0x80) {
                sb.append(codePage(page)[ch]);
                return i + 4;
            }
        } else if (n == 'X' && i + 3 < to) {
            byte k = b[i + 2];
            if (k == '\\' && i + 4 < to) {
                int hi = hex(b[i + 3]);
                int lo = hex(b[i + 4]);
                if (hi >= 0 && lo >= 0) {
                    sb.append((char) (hi << 4 | lo));
                    return i + 5;
                }
            } else if ((k == '2' || k == '4') && b[i + 3] == '\\') {
                return wide(b, i + 4, to, sb, k == '2' ? 4 : 8, i);
            }
        } else if ((n == 'N' || n == 'F') && i + 2 < to && b[i + 2] == '\\') {
            return i + 3;
        }
        sb.append('\\');
        return i + 1;
    }

    /** Hex groups of {@code digits} until {@code \X0\}. */
    private static int wide(byte[] b, int i, int to, StringBuilder sb, int digits, int escapeStart) {
        while (true) {
            if (i + 3 < to && b[i] == '\\' && b[i + 1] == 'X' && b[i + 2] == '0' && b[i + 3] == '\\') {
                return i + 4;
            }
            if (i + digits > to) {
                throw new MalformedEscapeException(escapeStart, "\\X" + (digits / 2) + "\\ escape without \\X0\\");
            }
            int v = 0;
            for (int d = 0; d < digits; d++) {
                int h = hex(b[i + d]);
                if (h < 0) {
                    throw new MalformedEscapeException(i + d, "bad hex digit in \\X" + (digits / 2) + "\\ escape");
                }
                v = v << 4 | h;
            }
            if (digits == 4) {
                sb.append((char) v);
            } else if (Character.isValidCodePoint(v)) {
                sb.appendCodePoint(v);
            } else {
                throw new MalformedEscapeException(i, "code point out of range in \\X4\\ escape");
            }
            i += digits;
        }
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    /** One raw non-ASCII sequence as UTF-8; an invalid one yields its first byte as ISO 8859-1. */
    private static int utf8(byte[] b, int i, int to, StringBuilder sb) {
        int c = b[i] & 0xFF;
        int len;
        int cp;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            sb.append((char) c);
            return i + 1;
        }
        if (i + len > to) {
            sb.append((char) c);
            return i + 1;
        }
        for (int k = 1; k < len; k++) {
            int cc = b[i + k] & 0xFF;
            if ((cc & 0xC0) != 0x80) {
                sb.append((char) c);
                return i + 1;
            }
            cp = cp << 6 | (cc & 0x3F);
        }
        boolean overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
        if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            sb.append((char) c);
            return i + 1;
        }
        sb.appendCodePoint(cp);
        return i + len;
    }

    /** Index by the \S\ character (0x20..0x7F): the character with code +128 in ISO 8859-{page}. */
    private static char[] codePage(int page) {
        char[] table = CODE_PAGES[page];
        if (table == null) {
            Charset cs;
            try {
                cs = Charset.forName("ISO-8859-" + page);
            } catch (RuntimeException unsupported) {
                cs = StandardCharsets.ISO_8859_1;
            }
            byte[] high = new byte[128];
            for (int k = 0; k < 128; k++) {
                high[k] = (byte) (k + 128);
            }
            String s = new String(high, cs);
            table = new char[128];
            for (int k = 0; k < 128 && k < s.length(); k++) {
                table[k] = s.charAt(k);
            }
            CODE_PAGES[page] = table;
        }
        return table;
    }
}
