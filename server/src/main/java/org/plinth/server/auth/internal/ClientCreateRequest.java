package org.plinth.server.auth.internal;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Body of {@code POST /admin/clients}. Grant types: {@code authorization_code}, {@code refresh_token},
 * {@code client_credentials}. A public client (browser, CLI) has no secret and must use PKCE.
 */
record ClientCreateRequest(
        @Nullable @Pattern(regexp = "[A-Za-z0-9._-]{3,100}") String clientId,
        @NotBlank @Size(max = 200) String clientName,
        @Nullable List<@NotBlank String> redirectUris,
        @NotEmpty List<@NotBlank String> grantTypes,
        @NotEmpty List<@NotBlank String> scopes,
        @Nullable Boolean publicClient,
        @Nullable Boolean requirePkce) {
}
