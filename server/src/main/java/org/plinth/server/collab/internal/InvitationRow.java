package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** One invitation with the names of its cloud and project and its sender (null when deleted). */
record InvitationRow(long id, long cloudId, String cloudName, @Nullable Long projectId, @Nullable String projectName,
        String email, String redirectUri, int role, @Nullable Integer projectRole, boolean inAllProjects,
        String status, String clientName, @Nullable UserSummary sender, OffsetDateTime createdAt,
        OffsetDateTime expiresAt, @Nullable OffsetDateTime respondedAt) {

    boolean pending(OffsetDateTime now) {
        return status.equals("P") && expiresAt.isAfter(now);
    }
}
