package org.plinth.server.auth;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A user as other features see them: the fields of BIMData's {@code User} that belong to the
 * person (roles in clouds and projects belong to the collaboration feature).
 */
public record UserAccount(
        long id,
        String sub,
        String email,
        String firstname,
        String lastname,
        String provider,
        @Nullable String profilePicture,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
