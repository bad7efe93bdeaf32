package org.plinth.server.collab.internal;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;

import org.plinth.server.collab.ProjectAccess;
import org.plinth.server.collab.internal.ProjectAccessTokenRepository.TokenRow;
import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidTokenException;
import org.plinth.server.platform.TokenAuthenticator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Accepts project access tokens (40 lowercase hex characters). The caller is an application bound
 * to one project ({@code subject = "project:<id>"}, read by {@link ProjectAccess#tokenProjectId});
 * {@link ProjectAccess} refuses it everywhere else. Expired tokens are 401; deleted ones are unknown.
 */
@Component
@Order(30)
class ProjectAccessTokenAuthenticator implements TokenAuthenticator {

    static final int LENGTH = 40;

    private final ProjectAccessTokenRepository tokens;

    ProjectAccessTokenAuthenticator(ProjectAccessTokenRepository tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (!looksLikeProjectToken(token)) {
            return Optional.empty();
        }
        Optional<TokenRow> found = tokens.find(token);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        TokenRow row = found.get();
        if (!row.expiresAt().isAfter(OffsetDateTime.now())) {
            throw new InvalidTokenException("The project access token expired at " + row.expiresAt() + ".");
        }
        return Optional.of(new Caller(Caller.Kind.APPLICATION, "project:" + row.projectId(), null, null,
                Set.copyOf(row.scopes()), false, ProjectAccess.PROJECT_TOKEN_TYPE));
    }

    static boolean looksLikeProjectToken(String token) {
        if (token.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = token.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                return false;
            }
        }
        return true;
    }
}
