package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** One row of {@code personal_access_token} (never the secret: only its hash is stored). */
record PersonalAccessTokenRow(
        long id,
        long userId,
        String name,
        String tokenPrefix,
        List<String> scopes,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime expiresAt,
        @Nullable OffsetDateTime lastUsedAt,
        @Nullable OffsetDateTime revokedAt) {

    boolean isActive(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
