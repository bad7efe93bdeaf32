package org.plinth.server.storage.internal;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * HMAC-SHA256 over (key, expiry, file name, content type) with the key in {@code
 * storage_signing_key}. The first node to sign creates the key ({@code ON CONFLICT DO NOTHING}),
 * every node then reads the same row; it is loaded once and kept.
 */
@Component
class DownloadSigner {

    private static final String INSERT = """
            INSERT INTO storage_signing_key (id, secret) VALUES (1, :secret) ON CONFLICT (id) DO NOTHING""";
    private static final String SELECT = "SELECT secret FROM storage_signing_key WHERE id = 1";

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile byte[] secret;

    DownloadSigner(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    long nowEpochSeconds() {
        return clock.instant().getEpochSecond();
    }

    String sign(String key, long expires, String name, String type) {
        Mac mac = mac();
        mac.update((key + '\n' + expires + '\n' + name + '\n' + type).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal());
    }

    /** Constant-time comparison, so timing does not reveal how much of a forged signature is right. */
    boolean verify(String key, long expires, String name, String type, String signature) {
        byte[] expected = sign(key, expires, name, type).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac mac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is unavailable", e);
        }
    }

    private byte[] secret() {
        byte[] current = secret;
        if (current == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.sql(INSERT).param("secret", fresh).update();
            current = jdbc.sql(SELECT).query(byte[].class).single();
            secret = current;
        }
        return current;
    }
}
