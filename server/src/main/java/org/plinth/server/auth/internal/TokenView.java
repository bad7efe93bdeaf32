package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A personal access token as listed; {@code token} (the secret) only in the creation response. */
record TokenView(
        long id,
        String name,
        String tokenPrefix,
        List<String> scopes,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime expiresAt,
        @Nullable OffsetDateTime lastUsedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String token) {

    static TokenView of(PersonalAccessTokenRow row, @Nullable String secret) {
        return new TokenView(row.id(), row.name(), row.tokenPrefix(), row.scopes(), row.createdAt(), row.expiresAt(),
                row.lastUsedAt(), secret);
    }
}
