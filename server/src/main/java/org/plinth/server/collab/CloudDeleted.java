package org.plinth.server.collab;

/**
 * A cloud is being deleted. Published inside the deleting transaction after a {@link ProjectDeleted}
 * for each of its projects; a feature keeping rows per cloud deletes them in a plain
 * {@code @EventListener}, so everything goes in one transaction and nothing is orphaned.
 */
public record CloudDeleted(long cloudId) {
}
