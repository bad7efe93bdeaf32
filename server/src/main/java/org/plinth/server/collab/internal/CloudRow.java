package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One cloud with its creator (null when that user was deleted) and the creator's current role. */
record CloudRow(long id, String name, @Nullable UserSummary creator, int creatorRole, long storedBytes,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
