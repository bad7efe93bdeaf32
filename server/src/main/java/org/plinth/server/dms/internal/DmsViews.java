package org.plinth.server.dms.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** BIMData's DMS response shapes (field names become snake_case on the wire). */
final class DmsViews {

    private DmsViews() {
    }

    /** BIMData {@code User} (document creator). Plinth has no per-object role here: 0 when unknown. */
    record UserView(long id, String email, String firstname, String lastname, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, int cloudRole, int projectRole, String provider, @Nullable String sub,
            @Nullable String profilePicture) {
    }

    /** BIMData {@code ShortUser} (folder creator). */
    record ShortUserView(long id, String email, String firstname, String lastname, @Nullable String profilePicture) {
    }

    /** BIMData {@code Document}; tags and visas are empty until those features exist. */
    record DocumentView(long id, @Nullable Long parentId, @Nullable UserView createdBy, long project, String name,
            String fileName, @Nullable String description, String file, String fileType, long size,
            List<Object> tags, List<Object> visas, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Nullable Long modelId, @Nullable String modelType, @Nullable Long ifcId, @Nullable Long headId,
            boolean isHeadVersion, int historyCount, int userPermission, @Nullable String officePreview,
            String path) {
    }

    /** BIMData {@code FolderWithoutChildren}; group permissions are empty until groups can be given folder rights. */
    record FolderView(long id, @Nullable Long parentId, String type, String nature, String name,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, @Nullable ShortUserView createdBy,
            List<Object> groupsPermissions, int defaultPermission, int userPermission) {
    }
}
