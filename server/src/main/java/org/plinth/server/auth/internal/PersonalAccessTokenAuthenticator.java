package org.plinth.server.auth.internal;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidTokenException;
import org.plinth.server.platform.TokenAuthenticator;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Accepts personal access tokens. Tokens with the {@code plt_} prefix are ours for sure: unknown
 * means invalid. Other opaque tokens (a {@code PLINTH_ADMIN_TOKEN} of the operator's choosing) are
 * looked up too but left to the next authenticator when not found.
 */
@Component
@Order(20)
class PersonalAccessTokenAuthenticator implements TokenAuthenticator {

    private final PersonalAccessTokenRepository tokens;
    private final UserRepository users;

    PersonalAccessTokenAuthenticator(PersonalAccessTokenRepository tokens, UserRepository users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        boolean ours = token.startsWith(PersonalAccessTokens.PREFIX);
        if (!ours && JwtTokenAuthenticator.looksLikeJwt(token)) {
            return Optional.empty();
        }
        Optional<PersonalAccessTokenRow> found = tokens.findByHash(PersonalAccessTokens.hash(token));
        if (found.isEmpty()) {
            if (ours) {
                throw new InvalidTokenException("Unknown personal access token.");
            }
            return Optional.empty();
        }
        PersonalAccessTokenRow row = found.get();
        if (row.revokedAt() != null) {
            throw new InvalidTokenException("The personal access token was revoked.");
        }
        if (!row.isActive(OffsetDateTime.now())) {
            throw new InvalidTokenException("The personal access token expired.");
        }
        UserRow user = users.findById(row.userId())
                .orElseThrow(() -> new InvalidTokenException("The token's user no longer exists."));
        tokens.touch(row.id());
        return Optional.of(new Caller(Caller.Kind.USER, user.sub().toString(), user.id(), null,
                java.util.Set.copyOf(row.scopes()), user.platformAdmin(), "pat"));
    }
}
