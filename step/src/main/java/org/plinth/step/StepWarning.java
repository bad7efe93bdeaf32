package org.plinth.step;

/**
 * A problem the lenient reader stepped over.
 *
 * @param entityId the entity instance id ({@code #id}) the problem is in, 0 when it is outside an entity or the id
 *                 could not be read
 * @param line     1-based line of the problem
 * @param column   1-based column (in bytes) of the problem
 * @param message  what was wrong, with a short excerpt of the input
 */
public record StepWarning(int entityId, long line, int column, String message) {
}
