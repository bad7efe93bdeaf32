package org.plinth.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestDatabase;
import org.plinth.server.webhook.WebhookReceiver.Answer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crash safety with real processes: a server commits a change (and so its outbox row) and is
 * killed (SIGKILL) before it delivers; a freshly started server on the same database delivers the
 * event. A second case kills the server while the receiver holds the request open: the next server
 * takes the queue over when the lease expires and sends the same delivery again (attempt 2).
 * Both servers run in child JVMs on their own database, so the suite's shared server cannot help.
 */
class WebhookCrashIntegrationTest {

    private static final String TOKEN = "plt_crash_test_admin_token_0123456789abcdef";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CREATED = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void eventCommittedBeforeACrashIsDeliveredAfterRestart() throws Exception {
        String database = freshDatabase();
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.ok())) {
            int port = PlinthIntegrationTest.freePort();
            // First node: writes deliveries but has no delivery workers, so the event cannot leave before the kill.
            Process first = startServer(database, port, "0", "first", "10s");
            long cloudId;
            try {
                awaitHealthy(port, first);
                cloudId = json(post(port, "/cloud", "{\"name\": \"Crash\"}", 201)).path("id").asLong();
                post(port, "/cloud/" + cloudId + "/webhook", """
                        {"url": "%s", "events": ["project.creation"], "secret": "crash"}""".formatted(receiver.url("/crash")), 201);
                post(port, "/cloud/" + cloudId + "/project", "{\"name\": \"Committed\"}", 201);
            } finally {
                first.destroyForcibly().waitFor();
            }
            assertThat(pendingDeliveries(database)).hasSize(1);
            String deliveryId = pendingDeliveries(database).get(0);
            assertThat(receiver.count()).isZero();

            Process second = startServer(database, port, "2", "second", "10s");
            try {
                awaitHealthy(port, second);
                WebhookDeliveryIntegrationTest.await("delivery after restart", Duration.ofSeconds(30),
                        () -> pendingDeliveries(database).isEmpty());
                // at-least-once: a slow first answer from a cold JVM may cause a retry of the same delivery
                assertThat(receiver.received()).isNotEmpty()
                        .allSatisfy(got -> assertThat(got.header("x-plinth-delivery")).isEqualTo(deliveryId));
                assertThat(JSON.readTree(receiver.received().get(0).body()).path("cloud_id").asLong()).isEqualTo(cloudId);
            } finally {
                second.destroyForcibly().waitFor();
            }
        }
    }

    @Test
    void deliveryInFlightWhenTheNodeDiesIsSentAgainByTheNextNode() throws Exception {
        String database = freshDatabase();
        // The first request is held for longer than the test lasts; the node dies while waiting.
        try (WebhookReceiver receiver = WebhookReceiver.start(
                n -> n == 0 ? new Answer(200, Duration.ofSeconds(60), "never seen") : Answer.ok())) {
            int port = PlinthIntegrationTest.freePort();
            Process first = startServer(database, port, "2", "inflight-first", "120s");
            try {
                awaitHealthy(port, first);
                long cloudId = json(post(port, "/cloud", "{\"name\": \"InFlight\"}", 201)).path("id").asLong();
                post(port, "/cloud/" + cloudId + "/webhook", """
                        {"url": "%s", "events": ["project.creation"], "secret": "s"}""".formatted(receiver.url("/slow")), 201);
                post(port, "/cloud/" + cloudId + "/project", "{\"name\": \"P\"}", 201);
                WebhookDeliveryIntegrationTest.await("the request in flight", Duration.ofSeconds(30), () -> receiver.count() == 1);
            } finally {
                first.destroyForcibly().waitFor();
            }
            String deliveryId = receiver.received().get(0).header("x-plinth-delivery");
            assertThat(pendingDeliveries(database)).containsExactly(deliveryId);

            Process second = startServer(database, port, "2", "inflight-second", "10s");
            try {
                awaitHealthy(port, second);
                WebhookDeliveryIntegrationTest.await("the delivery again", Duration.ofSeconds(60), () -> receiver.count() >= 2);
                assertThat(receiver.received().get(1).header("x-plinth-delivery")).isEqualTo(deliveryId);
                assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());
                WebhookDeliveryIntegrationTest.await("delivered", Duration.ofSeconds(10), () -> pendingDeliveries(database).isEmpty());
            } finally {
                second.destroyForcibly().waitFor();
            }
        }
    }

    private Process startServer(String database, int port, String workers, String name, String timeout) throws IOException {
        Path logFile = Path.of("target", "webhook-crash-" + name + ".log");
        Files.createDirectories(logFile.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.plinth.server.PlinthApplication",
                "--plinth.database.url=" + database,
                "--plinth.port=" + port,
                "--plinth.public-url=http://localhost:" + port,
                "--plinth.admin.email=crash@plinth.test",
                "--plinth.admin.password=crash-password-123",
                "--plinth.admin.token=" + TOKEN,
                "--plinth.webhooks.workers=" + workers,
                "--plinth.webhooks.timeout=" + timeout,
                "--server.shutdown=immediate"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(logFile.toFile());
        builder.environment().put("PLINTH_WEBHOOKS_ALLOW_PRIVATE_TARGETS", "true");
        return builder.start();
    }

    private void awaitHealthy(int port, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the child server exited; see target/webhook-crash-*.log").isTrue();
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("child server on port " + port + " did not become healthy");
    }

    private String post(int port, String path, String body, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return response.body();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @AfterAll
    static void dropDatabases() throws SQLException {
        try (Connection connection = DriverManager.getConnection(TestDatabase.jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String name : CREATED) {
                statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        }
    }

    /** A new database on the test PostgreSQL server, for the child servers only. */
    private static String freshDatabase() throws SQLException {
        String suiteUrl = TestDatabase.jdbcUrl();
        String name = "plinth_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(suiteUrl); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        CREATED.add(name);
        return withDatabase(suiteUrl, name);
    }

    /** {@code jdbc:postgresql://host:port/db?params} with another database. */
    private static String withDatabase(String url, String database) {
        int slash = url.indexOf('/', url.indexOf("//") + 2);
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query));
    }

    private static List<String> pendingDeliveries(String database) {
        try (Connection connection = DriverManager.getConnection(database);
             PreparedStatement statement = connection.prepareStatement(
                     "SELECT delivery_id::text FROM webhook_delivery WHERE status = 'pending' ORDER BY id");
             ResultSet rows = statement.executeQuery()) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
