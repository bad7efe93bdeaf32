package org.plinth.server.collab;

import org.jspecify.annotations.Nullable;

/**
 * A project was created (by the API, a demo or an import); published inside the creating
 * transaction. {@code rootFolderId} is the id the documents feature gives the project's root folder.
 */
public record ProjectCreated(long cloudId, long projectId, @Nullable Long parentId, long rootFolderId,
        @Nullable Long creatorUserId) {
}
