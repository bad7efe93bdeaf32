package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.UserMemberships;

/**
 * BIMData {@code SelfUser}: every required field is present. Clouds and projects come from the
 * {@link UserMemberships} bean (collab); organizations stay empty (Plinth has none yet).
 */
record SelfUserView(
        long id,
        String email,
        String firstname,
        String lastname,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        List<Object> organizations,
        List<UserMemberships.CloudRole> clouds,
        List<UserMemberships.ProjectRole> projects,
        String provider,
        @Nullable String providerSub,
        @Nullable String sub,
        @Nullable String profilePicture) {

    static SelfUserView of(UserRow user, UserMemberships.Roles roles) {
        return new SelfUserView(user.id(), user.email(), user.firstname(), user.lastname(), user.createdAt(),
                user.updatedAt(), List.of(), roles.clouds(), roles.projects(), user.provider(), user.providerSub(),
                user.sub().toString(), user.profilePicture());
    }
}
