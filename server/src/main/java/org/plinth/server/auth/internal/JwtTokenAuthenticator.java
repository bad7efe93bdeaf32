package org.plinth.server.auth.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.plinth.server.platform.Caller;
import org.plinth.server.platform.InvalidTokenException;
import org.plinth.server.platform.TokenAuthenticator;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

/**
 * Accepts access tokens issued by our OIDC provider (sign-in and client credentials): signature
 * with our keys (RS256 only, so {@code alg=none} and foreign keys fail), issuer, expiry; then the
 * token's authorization must still be active, which is what makes revocation work for JWTs.
 */
@Component
@Order(10)
class JwtTokenAuthenticator implements TokenAuthenticator {

    static final String USER_ID_CLAIM = "uid";
    static final String CLIENT_ID_CLAIM = "client_id";

    private final JwtDecoder decoder;
    private final OAuth2AuthorizationService authorizations;
    private final UserRepository users;

    JwtTokenAuthenticator(JwtDecoder decoder, OAuth2AuthorizationService authorizations, UserRepository users) {
        this.decoder = decoder;
        this.authorizations = authorizations;
        this.users = users;
    }

    /** Three dot-separated parts, the first a base64url JSON header: {@code eyJ...}. */
    static boolean looksLikeJwt(String token) {
        int first = token.indexOf('.');
        return token.startsWith("eyJ") && first > 0 && token.indexOf('.', first + 1) > first;
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        if (!looksLikeJwt(token)) {
            return Optional.empty();
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(token);
        } catch (JwtException e) {
            throw new InvalidTokenException(e.getMessage() == null ? "invalid JWT" : e.getMessage(), e);
        }
        OAuth2Authorization authorization = authorizations.findByToken(token, OAuth2TokenType.ACCESS_TOKEN);
        if (authorization == null) {
            throw new InvalidTokenException("The token was revoked or replaced.");
        }
        OAuth2Authorization.Token<OAuth2AccessToken> accessToken = authorization.getAccessToken();
        if (accessToken == null || !accessToken.isActive()) {
            throw new InvalidTokenException("The token was revoked.");
        }
        Set<String> scopes = scopesOf(jwt);
        String client = jwt.getClaimAsString(CLIENT_ID_CLAIM);
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(authorization.getAuthorizationGrantType())) {
            return Optional.of(new Caller(Caller.Kind.APPLICATION, jwt.getSubject(), null, client, scopes, false, "jwt"));
        }
        UserRow user = userOf(jwt);
        return Optional.of(new Caller(Caller.Kind.USER, user.sub().toString(), user.id(), client, scopes,
                user.platformAdmin(), "jwt"));
    }

    private UserRow userOf(Jwt jwt) {
        try {
            return users.findBySub(UUID.fromString(jwt.getSubject()))
                    .orElseThrow(() -> new InvalidTokenException("The token's user no longer exists."));
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException("The token's subject is not a user.", e);
        }
    }

    private static Set<String> scopesOf(Jwt jwt) {
        Object claim = jwt.getClaims().get("scope");
        Set<String> scopes = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            for (Object value : values) {
                scopes.add(String.valueOf(value));
            }
        } else if (claim instanceof String text) {
            for (String scope : text.split(" ")) {
                if (!scope.isEmpty()) {
                    scopes.add(scope);
                }
            }
        }
        return scopes;
    }
}
