package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Body of {@code POST /user/tokens} and {@code POST /admin/users/{id}/tokens}. */
record TokenCreateRequest(
        @NotBlank @Size(max = 100) String name,
        @NotEmpty List<@NotBlank String> scopes,
        @Nullable OffsetDateTime expiresAt) {
}
