package org.plinth.server.platform;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Who is calling, as established from the request's bearer token by a {@link TokenAuthenticator}.
 * It is the principal of the request's {@code Authentication}, so controllers take it with
 * {@code @AuthenticationPrincipal Caller caller}.
 *
 * @param kind a user (sign-in token, personal access token) or an application (client credentials)
 * @param subject the OIDC {@code sub} of the user, or the client id of an application
 * @param userId the user's row id; null for applications
 * @param clientId the OAuth client the token was issued to; null for personal access tokens
 * @param scopes the token's scopes (BIMData names, e.g. {@code user:read})
 * @param platformAdmin whether the user administers this Plinth installation
 * @param tokenType which authenticator accepted the token ({@code jwt}, {@code pat}, ...)
 */
public record Caller(
        Kind kind,
        String subject,
        @Nullable Long userId,
        @Nullable String clientId,
        Set<String> scopes,
        boolean platformAdmin,
        String tokenType) {

    /** Spring Security authority granted to platform administrators; guards {@code /admin/**}. */
    public static final String PLATFORM_ADMIN_AUTHORITY = "PLATFORM_ADMIN";

    public enum Kind { USER, APPLICATION }

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean isUser() {
        return kind == Kind.USER;
    }

    /** The user's id; only call after checking {@link #isUser()}. */
    public long requireUserId() {
        if (userId == null) {
            throw new ForbiddenException("This endpoint is for users; an application token cannot use it.");
        }
        return userId;
    }
}
