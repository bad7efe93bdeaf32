package org.plinth.server.auth.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Body of {@code POST /admin/users}; without a password one is generated and returned once. */
record AdminUserCreate(
        @NotBlank @Email @Size(max = 254) String email,
        @Nullable @Size(max = 255) String firstname,
        @Nullable @Size(max = 255) String lastname,
        @Nullable @Size(min = 8, max = 200) String password,
        @Nullable Boolean isAdmin) {
}
