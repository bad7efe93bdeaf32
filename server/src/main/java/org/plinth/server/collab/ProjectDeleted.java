package org.plinth.server.collab;

/**
 * A project is being deleted (directly, with its parent, or with its cloud). Published inside the
 * deleting transaction, sub-projects first; a feature keeping rows or files per project deletes
 * them in a plain {@code @EventListener} (same transaction: a failure rolls the deletion back).
 */
public record ProjectDeleted(long cloudId, long projectId) {
}
