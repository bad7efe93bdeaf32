package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The JSON shapes of BIMData's models (models.tsv) this feature answers with: every required field
 * is present, nullable ones may be null. Field names become snake_case through Jackson's naming
 * strategy. Plinth's additions are marked.
 */
final class CollabViews {

    private CollabViews() {
    }

    /** BIMData {@code Cloud}. Plinth has no organisations, features or marketplace apps yet: empty / null. */
    record CloudView(long id, String name, List<Object> features, List<Object> marketplaceApps,
            @Nullable Object organization, @Nullable UserView creator, @Nullable String creatorApp, boolean isDefault,
            OffsetDateTime createdAt, @Nullable String image, OffsetDateTime updatedAt) {

        static CloudView of(CloudRow cloud) {
            UserSummary creator = cloud.creator();
            return new CloudView(cloud.id(), cloud.name(), List.of(), List.of(), null,
                    creator == null ? null : UserView.of(creator, cloud.creatorRole(), 0), null, false,
                    cloud.createdAt(), null, cloud.updatedAt());
        }
    }

    /** BIMData {@code User}: a user seen from a cloud or project, with their roles there (0: none). */
    record UserView(long id, String email, String firstname, String lastname, OffsetDateTime createdAt,
            OffsetDateTime updatedAt, int cloudRole, int projectRole, String provider, String sub,
            @Nullable String profilePicture) {

        static UserView of(UserSummary user, int cloudRole, int projectRole) {
            return new UserView(user.id(), user.email(), user.firstname(), user.lastname(), user.createdAt(),
                    user.updatedAt(), cloudRole, projectRole, user.provider(), user.sub(), user.profilePicture());
        }
    }

    /** BIMData {@code UserCloud}. */
    record UserCloudView(long id, String email, String firstname, String lastname, @Nullable String profilePicture,
            String sub, OffsetDateTime createdAt, OffsetDateTime updatedAt, String provider, int cloudRole,
            boolean inAllProjects) {

        static UserCloudView of(CloudMemberRow member) {
            UserSummary user = member.user();
            return new UserCloudView(user.id(), user.email(), user.firstname(), user.lastname(),
                    user.profilePicture(), user.sub(), user.createdAt(), user.updatedAt(), user.provider(),
                    member.role(), member.inAllProjects());
        }
    }

    /** BIMData {@code Project}; {@code parent_id} is Plinth's (sub-projects). */
    record ProjectView(long id, @Nullable String logo, String name, @Nullable String description, CloudView cloud,
            String status, OffsetDateTime createdAt, OffsetDateTime updatedAt, long rootFolderId,
            @Nullable Long mainModelId, @Nullable Long parentId) {

        static ProjectView of(ProjectRow project, CloudRow cloud) {
            return new ProjectView(project.id(), null, project.name(), project.description(), CloudView.of(cloud),
                    project.status(), project.createdAt(), project.updatedAt(), project.rootFolderId(),
                    project.mainModelId(), project.parentId());
        }
    }

    /** BIMData {@code Size}. Plinth sets no quota: the available size is unlimited (reported as -1). */
    record SizeView(String managedBy, int role, long totalSize, long totalSizeAvailable, long remainingTotalSize,
            double remainingTotalSizePercent) {
    }

    /** BIMData {@code ProjectSize}. */
    record ProjectSizeView(long totalSize) {
    }

    /** BIMData {@code CheckProjectAccess}. */
    record CheckProjectAccessView(boolean hasReadPermission, boolean hasWritePermission, boolean hasAdminPermission,
            List<String> tokenScopes, List<String> usableScopes, int userRole, @Nullable UserView user) {
    }

    /** BIMData {@code UserProject}: {@code id} is the membership's id, {@code user_id} the user's. */
    record UserProjectView(long id, long userId, @Nullable Long invitationId, String email, String firstname,
            String lastname, @Nullable String profilePicture, String sub, int role, int cloudRole,
            boolean inAllProjects) {

        static UserProjectView of(ProjectMemberRow member) {
            UserSummary user = member.user();
            return new UserProjectView(member.id(), user.id(), null, user.email(), user.firstname(), user.lastname(),
                    user.profilePicture(), user.sub(), member.role(), member.cloudRole(), member.inAllProjects());
        }
    }

    /**
     * BIMData {@code Folder} for {@code getProjectTree}: the project's root folder. Its children come
     * with the documents feature; until then the tree is the root alone.
     */
    record FolderView(long id, @Nullable Long parentId, String type, String nature, String name,
            OffsetDateTime createdAt, OffsetDateTime updatedAt, @Nullable Object createdBy,
            List<Object> groupsPermissions, int defaultPermission, int userPermission, List<Object> children) {
    }

    /** BIMData {@code LogEntry}; {@code description} is the JSON recorded with the action. */
    record LogEntryView(long id, @Nullable Long userId, String userEmail, String appName, String projectName,
            OffsetDateTime date, String action, Object description) {
    }
}
