package org.plinth.server.dms.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** Rows of the DMS tables, with the creator's user columns joined in. */
final class DmsRows {

    private DmsRows() {
    }

    record Creator(long id, String email, String firstname, String lastname, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, @Nullable String sub, @Nullable String profilePicture, String provider) {
    }

    record FolderRow(long id, long projectId, @Nullable Long parentId, String name, int defaultPermission,
            @Nullable Creator creator, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record DocumentRow(long id, long projectId, long folderId, @Nullable Long headId, String name, String fileName,
            @Nullable String description, String objectKey, long size, String sha256, String fileType,
            @Nullable String modelType, @Nullable Creator creator, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            int historyCount) {
    }
}
