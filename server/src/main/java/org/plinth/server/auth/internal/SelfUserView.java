package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * BIMData {@code SelfUser}: every required field is present. Organizations, clouds and projects
 * stay empty until the collaboration feature exists.
 */
record SelfUserView(
        long id,
        String email,
        String firstname,
        String lastname,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Object> organizations,
        List<Object> clouds,
        List<Object> projects,
        String provider,
        @Nullable String providerSub,
        @Nullable String sub,
        @Nullable String profilePicture) {

    static SelfUserView of(UserRow user) {
        return new SelfUserView(user.id(), user.email(), user.firstname(), user.lastname(), user.createdAt(),
                user.updatedAt(), List.of(), List.of(), List.of(), user.provider(), user.providerSub(),
                user.sub().toString(), user.profilePicture());
    }
}
