package org.plinth.server.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.plinth.server.webhook.WebhookReceiver.Answer;
import org.plinth.server.webhook.WebhookReceiver.Received;
import org.plinth.server.webhook.internal.WebhookSender;
import tools.jackson.databind.JsonNode;

/** The 12 WebhookApi routes and the delivery log routes over HTTP, with a real receiver. */
class WebhookApiIntegrationTest extends PlinthIntegrationTest {

    static final String[] SCOPES = { "cloud:read", "cloud:manage", "org:manage", "webhook:manage", "user:read" };

    TestUsers.Created admin;
    long cloudId;
    long projectId;

    @BeforeEach
    void cloudAndProject() {
        admin = TestUsers.create(this, "hooks@webhook.test", false, SCOPES);
        cloudId = createCloud(admin, "Hooks");
        projectId = createProject(admin, cloudId, "Tower");
    }

    long createCloud(TestUsers.Created owner, String name) {
        HttpResponse<String> response = sendJson("POST", "/cloud", owner.token(), "{\"name\": \"" + name + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asLong();
    }

    long createProject(TestUsers.Created owner, long cloud, String name) {
        HttpResponse<String> response = sendJson("POST", "/cloud/" + cloud + "/project", owner.token(),
                "{\"name\": \"" + name + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asLong();
    }

    static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response).path("status").asInt()).isEqualTo(status);
    }

    @Test
    void cloudWebhookLifecycle() {
        String base = "/cloud/" + cloudId + "/webhook";
        HttpResponse<String> created = sendJson("POST", base, admin.token(), """
                {"url": "http://127.0.0.1:9/hook", "events": ["project.creation", "document.creation"], "secret": "abc"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode hook = json(created);
        long id = hook.path("id").asLong();
        assertThat(id).isPositive();
        assertThat(hook.path("url").asString()).isEqualTo("http://127.0.0.1:9/hook");
        assertThat(hook.path("secret").asString()).isEqualTo("abc");
        assertThat(hook.path("events").toString()).isEqualTo("[\"project.creation\",\"document.creation\"]");

        HttpResponse<String> list = get(base, admin.token());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(json(list)).hasSize(1);
        assertThat(json(list).get(0).path("id").asLong()).isEqualTo(id);

        HttpResponse<String> patched = sendJson("PATCH", base + "/" + id, admin.token(), """
                {"events": ["visa.creation"]}""");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).path("events").toString()).isEqualTo("[\"visa.creation\"]");
        assertThat(json(patched).path("url").asString()).isEqualTo("http://127.0.0.1:9/hook");

        HttpResponse<String> one = get(base + "/" + id, admin.token());
        assertThat(json(one).path("events").toString()).isEqualTo("[\"visa.creation\"]");

        HttpResponse<String> deleted = send(request(base + "/" + id, admin.token()).DELETE());
        assertThat(deleted.statusCode()).isEqualTo(204);
        assertProblem(get(base + "/" + id, admin.token()), 404);
        assertThat(json(get(base, admin.token()))).isEmpty();
    }

    @Test
    void projectWebhookLifecycleIsSeparateFromCloudWebhooks() {
        String base = "/cloud/" + cloudId + "/project/" + projectId + "/webhook";
        HttpResponse<String> created = sendJson("POST", base, admin.token(), """
                {"url": "http://127.0.0.1:9/p", "events": ["bcf.topic.creation"], "secret": "p"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = json(created).path("id").asLong();

        assertThat(json(get(base, admin.token()))).hasSize(1);
        assertThat(json(get(base + "/" + id, admin.token())).path("secret").asString()).isEqualTo("p");
        // a project webhook is not a cloud webhook, and not visible under another project
        assertProblem(get("/cloud/" + cloudId + "/webhook/" + id, admin.token()), 404);
        long otherProject = createProject(admin, cloudId, "Other");
        assertProblem(get("/cloud/" + cloudId + "/project/" + otherProject + "/webhook/" + id, admin.token()), 404);

        HttpResponse<String> patched = sendJson("PATCH", base + "/" + id, admin.token(), """
                {"url": "http://127.0.0.1:10/p2", "secret": "q"}""");
        assertThat(json(patched).path("url").asString()).isEqualTo("http://127.0.0.1:10/p2");
        assertThat(json(patched).path("secret").asString()).isEqualTo("q");

        assertThat(send(request(base + "/" + id, admin.token()).DELETE()).statusCode()).isEqualTo(204);
        assertProblem(send(request(base + "/" + id, admin.token()).DELETE()), 404);
    }

    @Test
    void pingSendsASignedPingNowAndReturnsTheAnswer() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.ok())) {
            for (String base : new String[] { "/cloud/" + cloudId + "/webhook",
                    "/cloud/" + cloudId + "/project/" + projectId + "/webhook" }) {
                HttpResponse<String> created = sendJson("POST", base, admin.token(), """
                        {"url": "%s", "events": ["project.update"], "secret": "ping-secret"}""".formatted(receiver.url("/ping")));
                long id = json(created).path("id").asLong();
                int before = receiver.count();

                HttpResponse<String> ping = sendJson("POST", base + "/" + id + "/ping", admin.token(), "{}");

                assertThat(ping.statusCode()).as(ping.body()).isEqualTo(200);
                JsonNode answer = json(ping);
                assertThat(answer.path("id").asLong()).isEqualTo(id);
                assertThat(answer.path("ping").path("status").asString()).isEqualTo("delivered");
                assertThat(answer.path("ping").path("status_code").asInt()).isEqualTo(200);
                assertThat(answer.path("ping").path("response_excerpt").asString()).isEqualTo("{\"ok\": true}");
                assertThat(receiver.count()).isEqualTo(before + 1);
                Received got = receiver.received().get(before);
                JsonNode body = JSON.readTree(got.body());
                assertThat(body.path("event_name").asString()).isEqualTo("ping");
                assertThat(body.path("cloud_id").asLong()).isEqualTo(cloudId);
                assertThat(body.path("data").path("ok").asBoolean()).isTrue();
                assertThat(got.header("x-bimdata-signature"))
                        .isEqualTo(WebhookSender.sign("ping-secret", got.body().getBytes(StandardCharsets.UTF_8)));
                assertThat(got.header("x-plinth-delivery")).isEqualTo(answer.path("ping").path("id").asString());
            }
        }
    }

    @Test
    void pingReportsAFailingReceiver() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.status(500))) {
            String base = "/cloud/" + cloudId + "/webhook";
            long id = json(sendJson("POST", base, admin.token(), """
                    {"url": "%s", "events": ["project.update"], "secret": "s"}""".formatted(receiver.url("/x")))).path("id").asLong();
            JsonNode answer = json(sendJson("POST", base + "/" + id + "/ping", admin.token(), ""));
            assertThat(answer.path("ping").path("status").asString()).isEqualTo("failed");
            assertThat(answer.path("ping").path("status_code").asInt()).isEqualTo(500);
            assertThat(answer.path("ping").path("error").asString()).isEqualTo("HTTP 500");
        }
    }

    @Test
    void deliveryLogAndRedeliver() {
        try (WebhookReceiver receiver = WebhookReceiver.start(n -> Answer.ok())) {
            String base = "/cloud/" + cloudId + "/webhook";
            long id = json(sendJson("POST", base, admin.token(), """
                    {"url": "%s", "events": ["project.update"], "secret": "s"}""".formatted(receiver.url("/log")))).path("id").asLong();
            String pinged = json(sendJson("POST", base + "/" + id + "/ping", admin.token(), "{}")).path("ping").path("id").asString();

            HttpResponse<String> log = get(base + "/" + id + "/deliveries", admin.token());
            assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
            JsonNode entry = json(log).get(0);
            assertThat(entry.path("id").asString()).isEqualTo(pinged);
            assertThat(entry.path("event_name").asString()).isEqualTo("ping");
            assertThat(entry.path("status").asString()).isEqualTo("delivered");
            assertThat(entry.path("attempts").asInt()).isEqualTo(1);
            assertThat(entry.path("status_code").asInt()).isEqualTo(200);
            assertThat(entry.path("duration_ms").isNumber()).isTrue();

            HttpResponse<String> again = send(request(base + "/" + id + "/deliveries/" + pinged + "/redeliver",
                    admin.token()).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
            String copy = json(again).path("id").asString();
            assertThat(copy).isNotEqualTo(pinged);
            assertThat(json(again).path("redelivery_of").asString()).isEqualTo(pinged);

            WebhookDeliveryIntegrationTest.await("the redelivery", Duration.ofSeconds(10), () -> receiver.count() == 2);
            assertThat(receiver.received().get(1).header("x-plinth-delivery")).isEqualTo(copy);
            assertThat(receiver.received().get(1).body()).isEqualTo(receiver.received().get(0).body());

            assertProblem(send(request(base + "/" + id + "/deliveries/" + UUID.randomUUID() + "/redeliver",
                    admin.token()).POST(HttpRequest.BodyPublishers.noBody())), 404);
            String projectLog = "/cloud/" + cloudId + "/project/" + projectId + "/webhook/" + id + "/deliveries";
            assertProblem(get(projectLog, admin.token()), 404);
        }
    }

    @Test
    void rejectsBadInputWithTheFieldInErrors() {
        String base = "/cloud/" + cloudId + "/webhook";
        HttpResponse<String> invalidUrl = sendJson("POST", base, admin.token(), """
                {"url": "not a url", "events": ["project.update"], "secret": "s"}""");
        assertProblem(invalidUrl, 400);
        assertThat(json(invalidUrl).path("errors").path("url").get(0).asString()).isEqualTo("Enter a valid URL.");

        HttpResponse<String> scheme = sendJson("POST", base, admin.token(), """
                {"url": "ftp://127.0.0.1/x", "events": ["project.update"], "secret": "s"}""");
        assertProblem(scheme, 400);
        assertThat(json(scheme).path("errors").path("url").get(0).asString()).isEqualTo("Only http and https URLs are accepted.");

        HttpResponse<String> events = sendJson("POST", base, admin.token(), """
                {"url": "http://127.0.0.1:9/x", "events": ["project.update", "project.explosion"], "secret": "s"}""");
        assertProblem(events, 400);
        assertThat(json(events).path("errors").path("events").get(0).asString())
                .isEqualTo("\"project.explosion\" is not a valid choice.");

        HttpResponse<String> blocked = sendJson("POST", base, admin.token(), """
                {"url": "http://169.254.169.254/latest/meta-data", "events": ["project.update"], "secret": "s"}""");
        assertProblem(blocked, 400);
        assertThat(json(blocked).path("errors").path("url").get(0).asString()).contains("a cloud metadata address");

        HttpResponse<String> missing = sendJson("POST", base, admin.token(), "{}");
        assertProblem(missing, 400);
        assertThat(json(missing).path("errors").path("url").get(0).asString()).isEqualTo("This field is required.");
        assertThat(json(missing).path("errors").path("events").get(0).asString()).isEqualTo("This field is required.");
        assertThat(json(missing).path("errors").path("secret").get(0).asString()).isEqualTo("This field is required.");

        HttpResponse<String> wrongType = sendJson("POST", base, admin.token(), """
                {"url": "http://127.0.0.1:9/x", "events": "project.update", "secret": "s"}""");
        assertProblem(wrongType, 400);

        long id = json(sendJson("POST", base, admin.token(), """
                {"url": "http://127.0.0.1:9/x", "events": ["project.update"], "secret": "s"}""")).path("id").asLong();
        HttpResponse<String> patch = sendJson("PATCH", base + "/" + id, admin.token(), """
                {"url": "gopher://127.0.0.1/", "events": []}""");
        assertProblem(patch, 400);
        assertThat(json(patch).path("errors").path("url")).hasSize(1);
        assertThat(json(patch).path("errors").path("events").get(0).asString()).isEqualTo("Choose at least one event.");
    }

    @Test
    void onlyAdminsWithTheScopeManageWebhooks() {
        String base = "/cloud/" + cloudId + "/webhook";
        String body = """
                {"url": "http://127.0.0.1:9/x", "events": ["project.update"], "secret": "s"}""";
        TestUsers.Created stranger = TestUsers.create(this, "stranger@webhook.test", false, SCOPES);
        assertProblem(sendJson("POST", base, stranger.token(), body), 404);
        assertProblem(get("/cloud/" + cloudId + "/project/" + projectId + "/webhook", stranger.token()), 404);

        TestUsers.Created noScope = TestUsers.create(this, "noscope@webhook.test", false, "cloud:read", "cloud:manage", "org:manage");
        long ownCloud = createCloud(noScope, "Mine");
        HttpResponse<String> forbidden = sendJson("POST", "/cloud/" + ownCloud + "/webhook", noScope.token(), body);
        assertProblem(forbidden, 403);
        assertThat(json(forbidden).path("detail").asString()).contains("webhook:manage");
    }
}
