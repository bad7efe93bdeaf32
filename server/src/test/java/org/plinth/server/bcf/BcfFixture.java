package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

/** A cloud with one project and its admin, user, guest and a stranger, built over the HTTP API. */
final class BcfFixture {

    static final String[] ALL_SCOPES = { "cloud:read", "cloud:manage", "org:manage", "document:read",
        "document:write", "ifc:read", "ifc:write", "bcf:read", "bcf:write", "user:read", "user:write" };

    final TestUsers.Created admin;
    final TestUsers.Created user;
    final TestUsers.Created guest;
    final TestUsers.Created stranger;
    final long cloudId;
    final long projectId;
    private final PlinthIntegrationTest test;

    BcfFixture(PlinthIntegrationTest test) {
        this.test = test;
        admin = user(test, "admin");
        user = user(test, "user");
        guest = user(test, "guest");
        stranger = user(test, "stranger");
        HttpResponse<String> cloud = test.sendJson("POST", "/cloud", admin.token(), "{\"name\": \"BCF cloud\"}");
        assertThat(cloud.statusCode()).as(cloud.body()).isEqualTo(201);
        cloudId = PlinthIntegrationTest.json(cloud).path("id").asLong();
        HttpResponse<String> project = test.sendJson("POST", "/cloud/" + cloudId + "/project", admin.token(),
                "{\"name\": \"Tower\"}");
        assertThat(project.statusCode()).as(project.body()).isEqualTo(201);
        projectId = PlinthIntegrationTest.json(project).path("id").asLong();
        joinProject(user, 50);
        joinProject(guest, 25);
    }

    static TestUsers.Created user(PlinthIntegrationTest test, String name) {
        return TestUsers.create(test, name + "@bcf.test", false, ALL_SCOPES);
    }

    /** Invites {@code member} to the project with {@code role} and has them accept. */
    void joinProject(TestUsers.Created member, int role) {
        HttpResponse<String> invited = test.sendJson("POST", "/cloud/" + cloudId + "/project/" + projectId
                + "/invitation", admin.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/app", "role": %d}""".formatted(member.email(), role));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        long invitation = PlinthIntegrationTest.json(invited).path("id").asLong();
        HttpResponse<String> accepted = test.send(test.request("/user/invitations/" + invitation + "/accept",
                member.token()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(204);
    }

    /** A token of {@code owner} carrying only {@code scopes}. */
    static String tokenWithScopes(PlinthIntegrationTest test, TestUsers.Created owner, String... scopes) {
        HttpResponse<String> token = test.sendJson("POST", "/admin/users/" + owner.id() + "/tokens",
                PlinthIntegrationTest.ADMIN_TOKEN, "{\"name\": \"narrow\", \"scopes\": [\""
                        + String.join("\", \"", scopes) + "\"]}");
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        return PlinthIntegrationTest.json(token).path("token").asString();
    }

    String projectPath() {
        return "/bcf/2.1/projects/" + projectId;
    }

    String topics() {
        return projectPath() + "/topics";
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
