package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One row of {@code project}. */
record ProjectRow(long id, long cloudId, @Nullable Long parentId, String name, @Nullable String description,
        String status, long rootFolderId, @Nullable Long mainModelId, long storedBytes, OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
