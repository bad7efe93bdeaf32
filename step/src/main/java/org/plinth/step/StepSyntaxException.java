package org.plinth.step;

/**
 * The input is not a well-formed ISO 10303-21 exchange structure at a known place. The message names line, column,
 * entity id and a short excerpt (at most 80 characters, never a whole line).
 */
public final class StepSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long line;
    private final int column;
    private final int entityId;
    private final String excerpt;
    private final String reason;

    /**
     * @param line     1-based line
     * @param column   1-based column in bytes
     * @param entityId entity id the error is in, 0 when outside an entity or unknown
     * @param excerpt  a short piece of the input around the error (at most 80 characters)
     * @param reason   what is wrong
     */
    public StepSyntaxException(long line, int column, int entityId, String excerpt, String reason) {
        super(format(line, column, entityId, excerpt, reason));
        this.line = line;
        this.column = column;
        this.entityId = entityId;
        this.excerpt = excerpt;
        this.reason = reason;
    }

    static String format(long line, int column, int entityId, String excerpt, String reason) {
        StringBuilder sb = new StringBuilder(reason.length() + excerpt.length() + 48);
        sb.append(reason).append(" at line ").append(line).append(", column ").append(column);
        if (entityId > 0) {
            sb.append(" (entity #").append(entityId).append(')');
        }
        if (!excerpt.isEmpty()) {
            sb.append(": \"").append(excerpt).append('"');
        }
        return sb.toString();
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The entity id the error is in; 0 when the error is outside an entity instance or its id is unreadable. */
    public int entityId() {
        return entityId;
    }

    /** At most 80 characters of the input around the error. */
    public String excerpt() {
        return excerpt;
    }

    /** What is wrong, without the position. */
    public String reason() {
        return reason;
    }
}
