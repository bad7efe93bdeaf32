package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One row of {@code users}. */
record UserRow(
        long id,
        UUID sub,
        String email,
        String firstname,
        String lastname,
        @Nullable String passwordHash,
        boolean platformAdmin,
        String provider,
        @Nullable String providerSub,
        @Nullable String profilePicture,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
