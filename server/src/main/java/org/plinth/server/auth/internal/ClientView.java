package org.plinth.server.auth.internal;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/** A registered OAuth client; {@code client_secret} only in the creation response. */
record ClientView(
        String clientId,
        String clientName,
        List<String> redirectUris,
        List<String> grantTypes,
        List<String> scopes,
        boolean publicClient,
        boolean requirePkce,
        @Nullable Instant createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String clientSecret) {
}
