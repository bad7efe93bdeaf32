package org.plinth.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.plinth.server.webhook.WebhookReceiver.Answer;
import org.plinth.server.webhook.WebhookReceiver.Received;
import org.plinth.server.webhook.internal.WebhookSender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Events of the other features, caused over their HTTP API, arrive at a real receiver. */
class WebhookEventsIntegrationTest extends PlinthIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectCreationIsDeliveredSignedToCloudWebhooks() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.ok())) {
            TestUsers.Created admin = TestUsers.create(this, "events@webhook.test", false, WebhookApiIntegrationTest.SCOPES);
            HttpResponse<String> cloud = sendJson("POST", "/cloud", admin.token(), "{\"name\": \"Events\"}");
            long cloudId = json(cloud).path("id").asLong();
            HttpResponse<String> hook = sendJson("POST", "/cloud/" + cloudId + "/webhook", admin.token(), """
                    {"url": "%s", "events": ["project.creation"], "secret": "events"}""".formatted(receiver.url("/events")));
            assertThat(hook.statusCode()).as(hook.body()).isEqualTo(201);

            HttpResponse<String> project = sendJson("POST", "/cloud/" + cloudId + "/project", admin.token(),
                    "{\"name\": \"Site A\"}");
            assertThat(project.statusCode()).as(project.body()).isEqualTo(201);
            JsonNode created = json(project);

            WebhookDeliveryIntegrationTest.await("project.creation", Duration.ofSeconds(10), () -> receiver.count() == 1);
            Received got = receiver.received().get(0);
            JsonNode body = JSON.readTree(got.body());
            assertThat(body.path("event_name").asString()).isEqualTo("project.creation");
            assertThat(body.path("cloud_id").asLong()).isEqualTo(cloudId);
            assertThat(body.path("data").path("id").asLong()).isEqualTo(created.path("id").asLong());
            assertThat(body.path("data").path("cloud").path("id").asLong()).isEqualTo(cloudId);
            assertThat(body.path("data").path("root_folder_id").asLong()).isEqualTo(created.path("root_folder_id").asLong());
            assertThat(got.header("x-bimdata-signature"))
                    .isEqualTo(WebhookSender.sign("events", got.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(got.header("x-plinth-event")).isEqualTo("project.creation");
            assertThat(got.header("x-plinth-attempt")).isEqualTo("1");
            assertThat(got.header("x-plinth-delivery")).hasSize(36);
        }
    }

    @Test
    void deletingACloudDeletesItsWebhooks() {
        TestUsers.Created admin = TestUsers.create(this, "gone@webhook.test", false, WebhookApiIntegrationTest.SCOPES);
        long cloudId = json(sendJson("POST", "/cloud", admin.token(), "{\"name\": \"Gone\"}")).path("id").asLong();
        long projectId = json(sendJson("POST", "/cloud/" + cloudId + "/project", admin.token(), "{\"name\": \"P\"}"))
                .path("id").asLong();
        String body = """
                {"url": "http://127.0.0.1:9/x", "events": ["project.update"], "secret": "s"}""";
        assertThat(sendJson("POST", "/cloud/" + cloudId + "/webhook", admin.token(), body).statusCode()).isEqualTo(201);
        assertThat(sendJson("POST", "/cloud/" + cloudId + "/project/" + projectId + "/webhook", admin.token(), body)
                .statusCode()).isEqualTo(201);

        HttpResponse<String> deleted = send(request("/cloud/" + cloudId, admin.token()).DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

        assertThat(jdbc.sql("SELECT count(*) FROM webhook WHERE cloud_id = ?").param(cloudId).query(Long.class).single())
                .isZero();
    }
}
