package org.plinth.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Base of the HTTP integration tests: one server on a fixed free port (so the OIDC issuer is known
 * before start) against the JVM's test database. Every subclass has the same configuration, so
 * Spring starts the context once for the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class PlinthIntegrationTest {

    public static final String ADMIN_EMAIL = "admin@plinth.test";
    public static final String ADMIN_PASSWORD = "admin-password-for-tests";
    public static final String ADMIN_TOKEN = "plt_admin_token_for_tests_0123456789";
    public static final int PORT = freePort();
    public static final String BASE_URL = "http://localhost:" + PORT;

    protected static final JsonMapper JSON = JsonMapper.builder().build();

    protected HttpClient http;

    @DynamicPropertySource
    static void plinthProperties(DynamicPropertyRegistry registry) {
        registry.add("plinth.database.url", TestDatabase::jdbcUrl);
        registry.add("plinth.port", () -> PORT);
        registry.add("plinth.public-url", () -> BASE_URL);
        registry.add("plinth.admin.email", () -> ADMIN_EMAIL);
        registry.add("plinth.admin.password", () -> ADMIN_PASSWORD);
        registry.add("plinth.admin.token", () -> ADMIN_TOKEN);
        // Nothing to drain at the end of a test run; exit without the graceful-shutdown wait.
        registry.add("server.shutdown", () -> "immediate");
        // The test PostgreSQL may stop (its own shutdown hook) while contexts close; do not wait 30 s for it.
        registry.add("plinth.database.connection-timeout", () -> "2s");
    }

    @BeforeEach
    void newHttpClient() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE_URL + path)).timeout(Duration.ofSeconds(30));
    }

    public HttpRequest.Builder request(String path, String bearerToken) {
        return request(path).header("Authorization", "Bearer " + bearerToken);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String bearerToken) {
        return send(request(path, bearerToken).GET());
    }

    public HttpResponse<String> sendJson(String method, String path, String bearerToken, String body) {
        return send(request(path, bearerToken).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
