package org.plinth.bcf;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

/**
 * Writes one small XML document (a BCF part) with two-space indentation into a UTF-8 byte array. Elements with text
 * are written on one line; characters XML 1.0 cannot carry (C0 controls other than tab, newline, carriage return) are
 * dropped so the output always parses, and a carriage return is escaped so it survives line-end normalisation.
 */
final class XmlOutput {

    private final StringBuilder sb = new StringBuilder(2048);
    private final ArrayDeque<String> open = new ArrayDeque<>();
    private boolean startTagOpen;

    XmlOutput() {
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    XmlOutput start(String name) {
        closeStartTag(true);
        indent();
        sb.append('<').append(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    XmlOutput attribute(String name, String value) {
        sb.append(' ').append(name).append("=\"");
        escape(value, true);
        sb.append('"');
        return this;
    }

    XmlOutput end() {
        String name = open.pop();
        if (startTagOpen) {
            sb.append("/>\n");
            startTagOpen = false;
        } else {
            indent();
            sb.append("</").append(name).append(">\n");
        }
        return this;
    }

    /** {@code <name>text</name>} on one line. */
    XmlOutput element(String name, String text) {
        closeStartTag(true);
        indent();
        sb.append('<').append(name).append('>');
        escape(text, false);
        sb.append("</").append(name).append(">\n");
        return this;
    }

    XmlOutput element(String name, double value) {
        return element(name, formatDouble(value));
    }

    private void closeStartTag(boolean childFollows) {
        if (startTagOpen) {
            sb.append(childFollows ? ">\n" : ">");
            startTagOpen = false;
        }
    }

    private void indent() {
        for (int i = 0; i < open.size(); i++) {
            sb.append("  ");
        }
    }

    private void escape(String s, boolean attribute) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append(attribute ? "&quot;" : "\"");
                case '\r' -> sb.append("&#13;");
                case '\n' -> sb.append(attribute ? "&#10;" : "\n");
                case '\t' -> sb.append(attribute ? "&#9;" : "\t");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        sb.append(c);
                    }
                }
            }
        }
    }

    /** xs:double text; Java's shortest round-trip form, with INF/-INF/NaN as XSD spells them. */
    static String formatDouble(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "INF" : "-INF";
        }
        return Double.toString(v);
    }

    byte[] toBytes() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element <" + open.peek() + ">");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
