package org.plinth.bcf;

/** One XSD violation in one zip entry, 1-based line and column (0 when the parser gave none). */
public record SchemaViolation(String entryName, int line, int column, String message) {
    @Override
    public String toString() {
        return entryName + ":" + line + ":" + column + ": " + message;
    }
}
