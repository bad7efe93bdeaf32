package org.plinth.bcf;

import java.util.Optional;

/**
 * The input is not a readable BCF zip. The message names the zip entry and, for XML, the 1-based line and column, so
 * a user can find the problem; a server maps it to 400.
 */
public class BcfFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String entryName;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param entryName zip entry the problem is in, null when it concerns the whole zip
     * @param line      1-based line, 0 when unknown or not XML
     * @param column    1-based column, 0 when unknown
     * @param reason    what is wrong, without the position
     */
    public BcfFormatException(String entryName, int line, int column, String reason) {
        this(entryName, line, column, reason, null);
    }

    public BcfFormatException(String entryName, int line, int column, String reason, Throwable cause) {
        super(format(entryName, line, column, reason), cause);
        this.entryName = entryName;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    private static String format(String entryName, int line, int column, String reason) {
        if (entryName == null) {
            return reason;
        }
        StringBuilder sb = new StringBuilder(reason.length() + entryName.length() + 32);
        sb.append(entryName);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(reason).toString();
    }

    /** The zip entry, empty when the problem concerns the whole zip (not a zip, too many entries). */
    public Optional<String> entryName() {
        return Optional.ofNullable(entryName);
    }

    /** 1-based line in the entry; 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column in the entry; 0 when unknown. */
    public int column() {
        return column;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
