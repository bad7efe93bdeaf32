package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A user as the admin API shows it; {@code password} only when the server generated one. */
record AdminUserView(
        long id,
        String sub,
        String email,
        String firstname,
        String lastname,
        boolean isAdmin,
        String provider,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String password) {

    static AdminUserView of(UserRow user, @Nullable String generatedPassword) {
        return new AdminUserView(user.id(), user.sub().toString(), user.email(), user.firstname(), user.lastname(),
                user.platformAdmin(), user.provider(), user.createdAt(), user.updatedAt(), generatedPassword);
    }
}
