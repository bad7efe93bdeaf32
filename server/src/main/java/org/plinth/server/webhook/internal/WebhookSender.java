package org.plinth.server.webhook.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Sends one attempt of one delivery: POST of the stored body, signed, with a timeout, never
 * following redirects (a 3xx is a failed attempt), after the SSRF guard has passed the target.
 * Never throws: every outcome is an {@link Attempt}.
 */
@Component
public class WebhookSender {

    static final String SIGNATURE_HEADER = "x-bimdata-signature";
    static final String DELIVERY_HEADER = "x-plinth-delivery";
    static final String ATTEMPT_HEADER = "x-plinth-attempt";
    static final String EVENT_HEADER = "x-plinth-event";
    private static final int EXCERPT_CHARS = 1000;
    private static final int READ_LIMIT = 64 * 1024;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /**
     * The outcome of one attempt.
     *
     * @param statusCode the receiver's status, 0 when there was no response
     * @param error why it failed without a response (timeout, refused, blocked), or null
     */
    public record Attempt(boolean delivered, int statusCode, long durationMs, String responseExcerpt,
            @Nullable String error) {
    }

    private final HttpClient client;
    private final Duration timeout;
    private final WebhookTargetGuard guard;

    public WebhookSender(WebhookProperties properties, WebhookTargetGuard guard) {
        this.timeout = properties.timeout();
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public Attempt send(String url, String secret, String eventName, String body, UUID deliveryId, int attempt) {
        long start = System.nanoTime();
        String blocked = guard.problemWith(url);
        if (blocked != null) {
            return new Attempt(false, 0, 0, "", "Blocked: " + blocked);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url.trim()))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Plinth-Webhooks/1")
                    .header(SIGNATURE_HEADER, sign(secret, bytes))
                    .header(DELIVERY_HEADER, deliveryId.toString())
                    .header(ATTEMPT_HEADER, Integer.toString(attempt))
                    .header(EVENT_HEADER, eventName)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes))
                    .build();
        } catch (IllegalArgumentException e) {
            return new Attempt(false, 0, 0, "", "Invalid URL: " + e.getMessage());
        }
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = excerpt(in);
            }
            long durationMs = (System.nanoTime() - start) / 1_000_000;
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Attempt(ok, status, durationMs, excerpt,
                    ok ? null : (status >= 300 && status < 400 ? "Redirect not followed (HTTP " + status + ")" : "HTTP " + status));
        } catch (HttpConnectTimeoutException e) {
            return failure(start, "Connect timeout after " + timeout.toMillis() + " ms");
        } catch (HttpTimeoutException e) {
            return failure(start, "No response within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return failure(start, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(start, "Interrupted (node shutting down)");
        }
    }

    private static Attempt failure(long start, String error) {
        return new Attempt(false, 0, (System.nanoTime() - start) / 1_000_000, "", error);
    }

    /** Reads at most 64 KiB (so the connection can be reused) and keeps the first 1000 characters. */
    private static String excerpt(InputStream in) throws IOException {
        byte[] buffer = in.readNBytes(READ_LIMIT);
        String text = new String(buffer, StandardCharsets.UTF_8);
        return text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) : text;
    }

    /** Lower-case hex HMAC-SHA256 of {@code body} with {@code secret}: BIMData's {@code x-bimdata-signature}. */
    public static String sign(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(body);
            char[] hex = new char[digest.length * 2];
            for (int i = 0; i < digest.length; i++) {
                hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
                hex[2 * i + 1] = HEX[digest[i] & 0xf];
            }
            return new String(hex);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
