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

    /** BIMData {@code Document}; visas are empty until that feature exists. */
    record DocumentView(long id, @Nullable Long parentId, @Nullable UserView createdBy, long project, String name,
            String fileName, @Nullable String description, String file, String fileType, long size,
            List<TagView> tags, List<Object> visas, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            @Nullable Long modelId, @Nullable String modelType, @Nullable Long ifcId, @Nullable Long headId,
            boolean isHeadVersion, int historyCount, int userPermission, @Nullable String officePreview,
            String path) {
    }

    /** BIMData {@code FolderTree}: folders only. */
    record FolderTreeView(long id, String name, List<FolderTreeView> children) {
    }

    /**
     * BIMData {@code Folder} / {@code RecursiveFolderChildren}: a folder with its folders and
     * documents below it ({@code type} {@code Folder} or {@code Document}); document-only fields are
     * null on folders and the other way round.
     */
    record TreeNodeView(long id, @Nullable Long parentId, String type, String nature, @Nullable String modelType,
            String name, OffsetDateTime createdAt, OffsetDateTime updatedAt, @Nullable ShortUserView createdBy,
            @Nullable String fileName, @Nullable String description, @Nullable Long size, @Nullable Long modelId,
            @Nullable Long ifcId, @Nullable String file, @Nullable String officePreview, List<Object> groupsPermissions,
            @Nullable Integer defaultPermission, int userPermission, @Nullable Integer historyCount,
            @Nullable List<TagView> tags, @Nullable List<TreeNodeView> children) {
    }

    /** BIMData {@code Tag}. */
    record TagView(long id, String name, @Nullable String color) {
    }

    /** BIMData {@code FolderWithoutChildren}; group permissions are empty until groups can be given folder rights. */
    record FolderView(long id, @Nullable Long parentId, String type, String nature, String name,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, @Nullable ShortUserView createdBy,
            List<Object> groupsPermissions, int defaultPermission, int userPermission) {
    }
}
