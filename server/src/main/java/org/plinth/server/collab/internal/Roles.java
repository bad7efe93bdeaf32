package org.plinth.server.collab.internal;

import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.InvalidRequestException;

/** The role numbers BIMData accepts, checked where they enter (400 naming the field). */
final class Roles {

    private Roles() {
    }

    static int cloudRole(@Nullable Integer role, String field) {
        if (role == null || (role != 100 && role != 50)) {
            throw new InvalidRequestException(field, "must be 100 (admin) or 50 (user), got " + role + ".");
        }
        return role;
    }

    static int projectRole(@Nullable Integer role, String field) {
        if (role == null || (role != 100 && role != 50 && role != 25)) {
            throw new InvalidRequestException(field, "must be 100 (admin), 50 (user) or 25 (guest), got " + role + ".");
        }
        return role;
    }
}
