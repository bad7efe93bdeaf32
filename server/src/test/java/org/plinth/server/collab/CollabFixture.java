package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

/** Builds clouds, projects and members over the HTTP API, the way a client would. */
final class CollabFixture {

    /** Every scope a signed-in BIMData user may carry, so tests see the role checks. */
    static final String[] ALL_SCOPES = { "cloud:read", "cloud:manage", "org:manage", "document:read",
        "document:write", "ifc:read", "ifc:write", "model:read", "model:write", "bcf:read", "bcf:write",
        "user:read", "user:write", "logs:read", "webhook:manage" };

    private final PlinthIntegrationTest test;

    CollabFixture(PlinthIntegrationTest test) {
        this.test = test;
    }

    TestUsers.Created user(String name) {
        return TestUsers.create(test, name + "@collab.test", false, ALL_SCOPES);
    }

    long cloud(TestUsers.Created owner, String name) {
        HttpResponse<String> response = test.sendJson("POST", "/cloud", owner.token(), """
                {"name": "%s"}""".formatted(name));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PlinthIntegrationTest.json(response).path("id").asLong();
    }

    long project(TestUsers.Created owner, long cloudId, String name) {
        return project(owner, cloudId, name, null);
    }

    long project(TestUsers.Created owner, long cloudId, String name, Long parentId) {
        HttpResponse<String> response = test.sendJson("POST", "/cloud/" + cloudId + "/project", owner.token(),
                parentId == null ? "{\"name\": \"%s\"}".formatted(name)
                        : "{\"name\": \"%s\", \"parent_id\": %d}".formatted(name, parentId));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PlinthIntegrationTest.json(response).path("id").asLong();
    }

    /** Invites {@code user} to the cloud and has them accept through {@code /user/invitations}. */
    void joinCloud(TestUsers.Created admin, long cloudId, TestUsers.Created user, int role) {
        HttpResponse<String> invited = test.sendJson("POST", "/cloud/" + cloudId + "/invitation", admin.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/app", "role": %d}""".formatted(user.email(), role));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        accept(user, PlinthIntegrationTest.json(invited).path("id").asLong());
    }

    /** Invites {@code user} to the project and has them accept; returns their UserProject id. */
    long joinProject(TestUsers.Created admin, long cloudId, long projectId, TestUsers.Created user, int role) {
        HttpResponse<String> invited = test.sendJson("POST", "/cloud/" + cloudId + "/project/" + projectId
                + "/invitation", admin.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/app", "role": %d}""".formatted(user.email(), role));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        accept(user, PlinthIntegrationTest.json(invited).path("id").asLong());
        return memberId(admin, cloudId, projectId, user);
    }

    long memberId(TestUsers.Created admin, long cloudId, long projectId, TestUsers.Created user) {
        HttpResponse<String> members = test.get("/cloud/" + cloudId + "/project/" + projectId + "/user", admin.token());
        assertThat(members.statusCode()).as(members.body()).isEqualTo(200);
        for (JsonNode member : PlinthIntegrationTest.json(members)) {
            if (member.path("user_id").asLong() == user.id()) {
                return member.path("id").asLong();
            }
        }
        throw new AssertionError(user.email() + " is not a member of project " + projectId + ": " + members.body());
    }

    void accept(TestUsers.Created user, long invitationId) {
        HttpResponse<String> accepted = test.send(test.request("/user/invitations/" + invitationId + "/accept",
                user.token()).POST(java.net.http.HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    }

    /** A project access token with these scopes, created by a project admin. */
    String projectToken(TestUsers.Created admin, long cloudId, long projectId, String... scopes) {
        HttpResponse<String> created = test.sendJson("POST", "/cloud/" + cloudId + "/project/" + projectId
                + "/access-token", admin.token(), "{\"scopes\": [\"" + String.join("\", \"", scopes) + "\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return PlinthIntegrationTest.json(created).path("token").asString();
    }

    static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 6);
    }

    /** Asserts an RFC 9457 body with this status. */
    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = PlinthIntegrationTest.json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("title").asString()).isNotEmpty();
        return body;
    }
}
