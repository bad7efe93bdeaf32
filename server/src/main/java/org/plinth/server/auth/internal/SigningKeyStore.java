package org.plinth.server.auth.internal;

import java.text.ParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.JOSEException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * RSA signing keys kept in {@code oauth2_signing_key}, so every node signs with the same key and
 * verifies every node's tokens. The oldest key signs; all keys are published (JWKS) and accepted.
 * Keys are re-read every few minutes, and at once when a token names a key id we do not know yet
 * (another node rotated), at most every ten seconds.
 */
final class SigningKeyStore {

    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('plinth.signing-key'))";
    private static final String COUNT = "SELECT count(*) FROM oauth2_signing_key";
    private static final String INSERT = "INSERT INTO oauth2_signing_key (kid, jwk) VALUES (:kid, :jwk)";
    private static final String FIND_ALL = "SELECT jwk FROM oauth2_signing_key ORDER BY created_at, kid";

    private static final Duration REFRESH = Duration.ofMinutes(5);
    private static final Duration MISS_REFRESH = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private volatile JWKSet keys = new JWKSet();
    private volatile long loadedAtNanos = System.nanoTime() - Duration.ofDays(1).toNanos();
    private boolean initialised;

    SigningKeyStore(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /**
     * Creates the first key if the database has none (once, even with nodes starting together).
     * Runs on first use rather than at bean creation, when the migrations may not have run yet.
     */
    private void ensureKey() {
        transactions.executeWithoutResult(status -> {
            jdbc.sql(LOCK).query().singleRow();
            Long count = jdbc.sql(COUNT).query(Long.class).single();
            if (count == null || count == 0) {
                RSAKey key = generate();
                jdbc.sql(INSERT).param("kid", key.getKeyID()).param("jwk", key.toJSONString()).update();
            }
        });
        reload();
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA signing key", e);
        }
    }

    private synchronized void reload() {
        if (!initialised) {
            initialised = true;
            ensureKey();
            return;
        }
        List<JWK> loaded = new ArrayList<>();
        for (String json : jdbc.sql(FIND_ALL).query(String.class).list()) {
            try {
                loaded.add(JWK.parse(json));
            } catch (ParseException e) {
                throw new IllegalStateException("Unreadable signing key in oauth2_signing_key", e);
            }
        }
        keys = new JWKSet(loaded);
        loadedAtNanos = System.nanoTime();
    }

    /** The key that signs new tokens. */
    RSAKey signingKey() {
        refreshIfOlderThan(REFRESH);
        return (RSAKey) keys.getKeys().get(0);
    }

    /** Only the signing key, for the encoder (Nimbus refuses to choose among several). */
    JWKSource<SecurityContext> signingSource() {
        return (selector, context) -> selector.select(new JWKSet(signingKey()));
    }

    /** All keys, for the JWKS endpoint and for verifying tokens. */
    JWKSource<SecurityContext> allKeys() {
        return this::select;
    }

    private List<JWK> select(JWKSelector selector, SecurityContext context) {
        refreshIfOlderThan(REFRESH);
        List<JWK> selected = selector.select(keys);
        if (selected.isEmpty() && refreshIfOlderThan(MISS_REFRESH)) {
            selected = selector.select(keys);
        }
        return selected;
    }

    private boolean refreshIfOlderThan(Duration age) {
        if (System.nanoTime() - loadedAtNanos > age.toNanos()) {
            reload();
            return true;
        }
        return false;
    }
}
