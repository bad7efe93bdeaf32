package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Request bodies, shaped as BIMData's {@code *Request} models. Roles are checked by the services (400 with the field). */
final class CollabRequests {

    static final int NAME_MAX = 255;
    static final int TEXT_MAX = 10_000;

    private CollabRequests() {
    }

    /** BIMData {@code CloudRequest}; {@code organization_id} is accepted and ignored (no organisations yet). */
    record CloudRequest(@NotBlank @Size(max = NAME_MAX) String name, @Nullable Long organizationId) {
    }

    record PatchedCloudRequest(@Nullable @Size(min = 1, max = NAME_MAX) String name, @Nullable Long organizationId) {
    }

    record UserCloudUpdateRequest(@Nullable Integer cloudRole) {
    }

    /** BIMData {@code ProjectRequest}; {@code parent_id} is Plinth's (create a sub-project). */
    record ProjectRequest(@NotBlank @Size(max = NAME_MAX) String name,
            @Nullable @Size(max = TEXT_MAX) String description, @Nullable String status, @Nullable Long mainModelId,
            @Nullable Long parentId) {
    }

    record PatchedProjectRequest(@Nullable @Size(min = 1, max = NAME_MAX) String name,
            @Nullable @Size(max = TEXT_MAX) String description, @Nullable String status,
            @Nullable Long mainModelId) {
    }

    record UserProjectUpdateRequest(@Nullable Integer role) {
    }

    /** BIMData {@code CloudInvitationRequest}. */
    record CloudInvitationRequest(@NotBlank @Email @Size(max = NAME_MAX) String email,
            @NotBlank @Size(max = 2048) String redirectUri, @Nullable Integer role, @Nullable Integer projectRole,
            @Nullable Boolean inAllProjects) {
    }

    /** BIMData {@code ProjectInvitationRequest}. */
    record ProjectInvitationRequest(@NotBlank @Email @Size(max = NAME_MAX) String email,
            @NotBlank @Size(max = 2048) String redirectUri, @NotNull Integer role) {
    }

    /** BIMData {@code GroupRequest} / {@code PatchedGroupRequest}. */
    record GroupRequest(@NotBlank @Size(max = NAME_MAX) String name, @Nullable @Size(max = 32) String shortName,
            @Nullable @Size(max = 32) String color) {
    }

    record PatchedGroupRequest(@Nullable @Size(min = 1, max = NAME_MAX) String name,
            @Nullable @Size(max = 32) String shortName, @Nullable @Size(max = 32) String color) {
    }

    record UserProjectIdRequest(@NotNull Long userprojectId) {
    }

    record ImportGroupRequest(@NotNull List<Long> groupIds, @NotBlank @Size(max = 2048) String redirectUri) {
    }

    /** BIMData {@code ClassificationRequest}. */
    record ClassificationRequest(@Nullable @Size(max = NAME_MAX) String name,
            @Nullable @Size(max = NAME_MAX) String notation, @Nullable @Size(max = TEXT_MAX) String title) {
    }

    /** BIMData {@code ProjectAccessTokenRequest}. */
    record ProjectAccessTokenRequest(@NotEmpty List<String> scopes, @Nullable OffsetDateTime expiresAt,
            @Nullable @Email String emailImpersonation) {
    }

    /** BIMData {@code ProjectImportRequest}. */
    record ProjectImportRequest(@NotNull Long projectId, @Nullable Boolean importDms, @Nullable Boolean importUsers,
            @Nullable Boolean importGroups) {
    }
}
