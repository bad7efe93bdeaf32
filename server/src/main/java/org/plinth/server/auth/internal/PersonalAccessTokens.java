package org.plinth.server.auth.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.plinth.server.auth.Scopes;
import org.plinth.server.platform.InvalidRequestException;
import org.plinth.server.platform.NotFoundException;
import org.springframework.stereotype.Service;

/**
 * Personal access tokens: {@code plt_} + 40 url-safe characters (240 random bits). The prefix lets
 * people and secret scanners recognise them; only the SHA-256 is stored, so a database leak does
 * not leak usable tokens. SHA-256 without salt suffices because the secret is random, not chosen.
 */
@Service
class PersonalAccessTokens {

    static final String PREFIX = "plt_";

    private final PersonalAccessTokenRepository tokens;
    private final SecureRandom random = new SecureRandom();

    PersonalAccessTokens(PersonalAccessTokenRepository tokens) {
        this.tokens = tokens;
    }

    record Issued(PersonalAccessTokenRow row, String secret) {
    }

    Issued create(long userId, String name, Collection<String> scopes, @Nullable OffsetDateTime expiresAt) {
        byte[] bytes = new byte[30];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Issued(register(userId, name, secret, scopes, expiresAt), secret);
    }

    /** Registers a secret chosen elsewhere ({@code PLINTH_ADMIN_TOKEN}). */
    PersonalAccessTokenRow register(long userId, String name, String secret, Collection<String> scopes,
            @Nullable OffsetDateTime expiresAt) {
        List<String> checked = checkScopes(scopes);
        if (expiresAt != null && !expiresAt.isAfter(OffsetDateTime.now())) {
            throw new InvalidRequestException("expires_at", "must be in the future");
        }
        String displayPrefix = secret.substring(0, Math.min(secret.length(), PREFIX.length() + 4));
        return tokens.insert(userId, name, hash(secret), displayPrefix, checked, expiresAt);
    }

    boolean isRegistered(String secret) {
        return tokens.existsByHash(hash(secret));
    }

    List<PersonalAccessTokenRow> list(long userId) {
        return tokens.findActiveByUser(userId);
    }

    void revoke(long userId, long tokenId) {
        if (!tokens.revoke(userId, tokenId)) {
            throw new NotFoundException("No active personal access token with id " + tokenId + ".");
        }
    }

    static List<String> checkScopes(Collection<String> scopes) {
        Set<String> unique = new LinkedHashSet<>(scopes);
        List<String> unknown = new ArrayList<>();
        for (String scope : unique) {
            if (!Scopes.isKnown(scope)) {
                unknown.add("unknown scope '" + scope + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidRequestException(java.util.Map.of("scopes", unknown));
        }
        return List.copyOf(unique);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
