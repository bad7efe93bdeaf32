package org.plinth.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

/** Creates users through the admin API, the way an operator would. */
public final class TestUsers {

    public record Created(long id, String email, String password, String token) {
    }

    private TestUsers() {
    }

    /** A user with a personal access token carrying {@code scopes} (default: user:read, user:write). */
    public static Created create(PlinthIntegrationTest test, String email, boolean admin, String... scopes) {
        String unique = email.replace("@", "+" + UUID.randomUUID().toString().substring(0, 8) + "@");
        String password = "password-" + UUID.randomUUID();
        HttpResponse<String> created = test.sendJson("POST", "/admin/users", PlinthIntegrationTest.ADMIN_TOKEN, """
                {"email": "%s", "firstname": "Test", "lastname": "User", "password": "%s", "is_admin": %s}"""
                .formatted(unique, password, admin));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long id = PlinthIntegrationTest.json(created).path("id").asLong();
        String scopeList = scopes.length == 0 ? "\"user:read\", \"user:write\"" : "\"" + String.join("\", \"", scopes) + "\"";
        HttpResponse<String> token = test.sendJson("POST", "/admin/users/" + id + "/tokens",
                PlinthIntegrationTest.ADMIN_TOKEN, """
                {"name": "test", "scopes": [%s]}""".formatted(scopeList));
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        JsonNode body = PlinthIntegrationTest.json(token);
        return new Created(id, unique, password, body.path("token").asString());
    }

}
