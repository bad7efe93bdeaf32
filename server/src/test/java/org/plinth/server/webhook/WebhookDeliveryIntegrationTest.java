package org.plinth.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.webhook.WebhookReceiver.Answer;
import org.plinth.server.webhook.WebhookReceiver.Received;
import org.plinth.server.webhook.internal.WebhookSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The delivery engine on its own (no feature events): outbox rows written in a transaction are sent
 * by the workers to a real receiver, signed, retried, in order, and never sent when rolled back.
 */
class WebhookDeliveryIntegrationTest extends PlinthIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WebhookOutbox outbox;

    /** A cloud id no other test uses, so every test sees only its own webhooks. */
    static long newCloudId() {
        return 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    long insertWebhook(long cloudId, Long projectId, String url, String secret, String... events) {
        return jdbc.sql("INSERT INTO webhook (cloud_id, project_id, url, secret, events) VALUES (?, ?, ?, ?, ?) RETURNING id")
                .params(cloudId, projectId, url, secret, events).query(Long.class).single();
    }

    void enqueueCommitted(String event, long cloudId, Long projectId, Object data) {
        transactions.executeWithoutResult(status -> outbox.enqueue(event, cloudId, projectId, data));
    }

    static void await(String what, Duration limit, BooleanSupplier condition) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    Map<String, Object> deliveryRow(String deliveryId) {
        return jdbc.sql("SELECT status, attempts, status_code, error, response_excerpt FROM webhook_delivery WHERE delivery_id = ?::uuid")
                .param(deliveryId).query().singleRow();
    }

    @Test
    void deliversTheCommittedEventSignedWithItsHeaders() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.ok())) {
            long cloudId = newCloudId();
            insertWebhook(cloudId, null, receiver.url("/hook"), "s3cret", "project.creation");

            enqueueCommitted("project.creation", cloudId, 42L, Map.of("id", 42, "name", "Tower"));

            await("one delivery", Duration.ofSeconds(10), () -> receiver.count() == 1);
            Received got = receiver.received().get(0);
            assertThat(got.path()).isEqualTo("/hook");
            JsonNode body = JSON.readTree(got.body());
            assertThat(body.path("event_name").asString()).isEqualTo("project.creation");
            assertThat(body.path("cloud_id").asLong()).isEqualTo(cloudId);
            assertThat(body.path("data").path("name").asString()).isEqualTo("Tower");
            assertThat(got.header("x-bimdata-signature"))
                    .isEqualTo(WebhookSender.sign("s3cret", got.body().getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                    .hasSize(64);
            assertThat(got.header("content-type")).startsWith("application/json");
            assertThat(got.header("x-plinth-attempt")).isEqualTo("1");
            assertThat(got.header("x-plinth-event")).isEqualTo("project.creation");
            await("delivered state", Duration.ofSeconds(5),
                    () -> "delivered".equals(deliveryRow(got.header("x-plinth-delivery")).get("status")));
            Map<String, Object> row = deliveryRow(got.header("x-plinth-delivery"));
            assertThat(row).containsEntry("attempts", 1).containsEntry("status_code", 200)
                    .containsEntry("response_excerpt", "{\"ok\": true}");
        }
    }

    @Test
    void sendsOnlyToSubscribedWebhooksOfTheCloudAndProject() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.ok())) {
            long cloudId = newCloudId();
            insertWebhook(cloudId, null, receiver.url("/cloud"), "a", "document.creation");
            insertWebhook(cloudId, 7L, receiver.url("/project7"), "b", "document.creation");
            insertWebhook(cloudId, 8L, receiver.url("/project8"), "c", "document.creation");
            insertWebhook(cloudId, null, receiver.url("/other-event"), "d", "project.update");
            insertWebhook(newCloudId(), null, receiver.url("/other-cloud"), "e", "document.creation");

            enqueueCommitted("document.creation", cloudId, 7L, Map.of("id", 1));

            await("two deliveries", Duration.ofSeconds(10), () -> receiver.count() == 2);
            List<String> paths = new ArrayList<>();
            for (Received got : receiver.received()) {
                paths.add(got.path());
            }
            assertThat(paths).containsExactlyInAnyOrder("/cloud", "/project7");
            assertThat(jdbc.sql("SELECT count(*) FROM webhook_delivery d JOIN webhook w ON w.id = d.webhook_id WHERE w.cloud_id = ?")
                    .param(cloudId).query(Long.class).single()).isEqualTo(2);
        }
    }

    @Test
    void rolledBackChangeWritesAndSendsNothing() {
        long cloudId = newCloudId();
        long webhookId = insertWebhook(cloudId, null, "http://127.0.0.1:9/never", "s", "project.update");

        transactions.executeWithoutResult(status -> {
            assertThat(outbox.enqueue("project.update", cloudId, 1L, Map.of("id", 1))).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?").param(webhookId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void retriesAfterAServerErrorWithTheSameDeliveryId() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> n < 2 ? Answer.status(500) : Answer.ok())) {
            long cloudId = newCloudId();
            insertWebhook(cloudId, null, receiver.url("/flaky"), "s", "visa.creation");

            enqueueCommitted("visa.creation", cloudId, null, Map.of("id", 5));

            await("three attempts", Duration.ofSeconds(15), () -> receiver.count() == 3);
            List<Received> got = receiver.received();
            assertThat(got).extracting(r -> r.header("x-plinth-attempt")).containsExactly("1", "2", "3");
            assertThat(got).extracting(r -> r.header("x-plinth-delivery")).containsOnly(got.get(0).header("x-plinth-delivery"));
            assertThat(got).extracting(Received::body).containsOnly(got.get(0).body());
            await("delivered state", Duration.ofSeconds(5),
                    () -> "delivered".equals(deliveryRow(got.get(0).header("x-plinth-delivery")).get("status")));
            assertThat(deliveryRow(got.get(0).header("x-plinth-delivery"))).containsEntry("attempts", 3);
        }
    }

    @Test
    void slowReceiverTimesOutAndIsRetried() {
        // The test configuration sets a 1 s timeout; the first answer takes 3 s.
        try (WebhookReceiver receiver = WebhookReceiver.start(
                n -> n == 0 ? new Answer(200, Duration.ofSeconds(3), "late") : Answer.ok())) {
            long cloudId = newCloudId();
            insertWebhook(cloudId, null, receiver.url("/slow"), "s", "document.update");

            enqueueCommitted("document.update", cloudId, null, Map.of("id", 9));

            await("a second attempt", Duration.ofSeconds(15), () -> receiver.count() == 2);
            String deliveryId = receiver.received().get(0).header("x-plinth-delivery");
            assertThat(receiver.received().get(1).header("x-plinth-attempt")).isEqualTo("2");
            await("delivered state", Duration.ofSeconds(5), () -> "delivered".equals(deliveryRow(deliveryId).get("status")));
        }
    }

    @Test
    void receiverDownThenBackGetsEveryEventOnceInOrder() {
        int port = freePort();
        long cloudId = newCloudId();
        long webhookId = insertWebhook(cloudId, null, "http://127.0.0.1:" + port + "/back", "s", "bcf.topic.creation");
        int events = 40;
        for (int i = 0; i < events; i++) {
            enqueueCommitted("bcf.topic.creation", cloudId, null, Map.of("seq", i));
        }
        await("failed attempts while the receiver is down", Duration.ofSeconds(10),
                () -> jdbc.sql("SELECT coalesce(max(attempts), 0) FROM webhook_delivery WHERE webhook_id = ?")
                        .param(webhookId).query(Integer.class).single() >= 2);
        List<String> stored = jdbc.sql("SELECT delivery_id::text FROM webhook_delivery WHERE webhook_id = ? ORDER BY id")
                .param(webhookId).query(String.class).list();

        try (WebhookReceiver receiver = WebhookReceiver.startOn(port, n -> Answer.ok())) {
            await("every event", Duration.ofSeconds(20), () -> receiver.count() >= events);
            List<Received> got = receiver.received();
            assertThat(got).hasSize(events);
            assertThat(got).extracting(r -> r.header("x-plinth-delivery")).containsExactlyElementsOf(stored);
            List<Integer> sequence = new ArrayList<>();
            for (Received r : got) {
                sequence.add(JSON.readTree(r.body()).path("data").path("seq").asInt());
            }
            List<Integer> expected = new ArrayList<>();
            for (int i = 0; i < events; i++) {
                expected.add(i);
            }
            assertThat(sequence).containsExactlyElementsOf(expected);
            await("all delivered", Duration.ofSeconds(5), () -> jdbc.sql(
                    "SELECT count(*) FROM webhook_delivery WHERE webhook_id = ? AND status = 'delivered'")
                    .param(webhookId).query(Long.class).single() == events);
        }
    }

    @Test
    void disablesTheWebhookWhenARetryWindowEnds() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.status(503))) {
            long cloudId = newCloudId();
            long webhookId = insertWebhook(cloudId, null, receiver.url("/gone"), "s", "project.update");
            // An event whose 3-day window is over: written, then aged, in one transaction.
            transactions.executeWithoutResult(status -> {
                outbox.enqueue("project.update", cloudId, null, Map.of("id", 3));
                jdbc.sql("UPDATE webhook_delivery SET created_at = now() - interval '4 days' WHERE webhook_id = ?")
                        .param(webhookId).update();
            });

            await("the webhook is disabled", Duration.ofSeconds(10), () -> !jdbc.sql(
                    "SELECT enabled FROM webhook WHERE id = ?").param(webhookId).query(Boolean.class).single());
            Map<String, Object> webhook = jdbc.sql("SELECT disabled_reason FROM webhook WHERE id = ?").param(webhookId)
                    .query().singleRow();
            assertThat((String) webhook.get("disabled_reason")).contains("failed 1 times").contains("HTTP 503");
            assertThat(jdbc.sql("SELECT status FROM webhook_delivery WHERE webhook_id = ?").param(webhookId)
                    .query(String.class).single()).isEqualTo("failed");
            assertThat(receiver.count()).isEqualTo(1);
        }
    }

    @Test
    void neverDeliversToTheCloudMetadataAddress() {
        long cloudId = newCloudId();
        long webhookId = insertWebhook(cloudId, null, "http://169.254.169.254/latest/meta-data", "s", "project.update");
        enqueueCommitted("project.update", cloudId, null, Map.of("id", 1));

        await("an attempt", Duration.ofSeconds(10), () -> jdbc.sql(
                "SELECT attempts FROM webhook_delivery WHERE webhook_id = ?").param(webhookId).query(Integer.class).single() > 0);
        String error = jdbc.sql("SELECT error FROM webhook_delivery WHERE webhook_id = ?").param(webhookId)
                .query(String.class).single();
        assertThat(error).startsWith("Blocked:").contains("cloud metadata address");
        jdbc.sql("DELETE FROM webhook WHERE id = ?").param(webhookId).update();
    }
}
