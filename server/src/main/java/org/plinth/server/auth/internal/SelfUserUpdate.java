package org.plinth.server.auth.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** BIMData {@code PATCH /user} body: the writable fields of {@code SelfUser}; absent = unchanged. */
record SelfUserUpdate(
        @Nullable @Email @Size(min = 3, max = 254) String email,
        @Nullable @Size(min = 1, max = 255) String firstname,
        @Nullable @Size(min = 1, max = 255) String lastname,
        @Nullable @Size(max = 255) String providerSub) {
}
