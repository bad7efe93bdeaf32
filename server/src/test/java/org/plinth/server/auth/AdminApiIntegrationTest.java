package org.plinth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

class AdminApiIntegrationTest extends PlinthIntegrationTest {

    @Autowired
    UserDirectory directory;

    @Test
    void otherFeaturesFindUsersThroughTheDirectory() {
        TestUsers.Created user = TestUsers.create(this, "Directory@plinth.test", false);
        assertThat(directory.findIdByEmail(user.email().toUpperCase(java.util.Locale.ROOT))).contains(user.id());
        assertThat(directory.findIdByEmail("nobody@plinth.test")).isEmpty();
    }

    @Test
    void nonAdminGetsForbiddenOnAdminRoutes() {
        TestUsers.Created user = TestUsers.create(this, "not-admin@plinth.test", false, "admin:manage", "user:read");
        HttpResponse<String> response = get("/admin/users", user.token());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).path("status").asInt()).isEqualTo(403);
        assertThat(get("/admin/clients", user.token()).statusCode()).isEqualTo(403);
    }

    @Test
    void adminWithoutAdminScopeIsForbidden() {
        TestUsers.Created admin = TestUsers.create(this, "scoped-admin@plinth.test", true, "user:read");
        HttpResponse<String> response = get("/admin/users", admin.token());
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("detail").asString()).contains("admin:manage");
    }

    @Test
    void createListUpdateDeleteUser() {
        HttpResponse<String> created = sendJson("POST", "/admin/users", ADMIN_TOKEN, """
                {"email": "Crud.User@Plinth.test", "firstname": "Crud"}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode user = json(created);
        long id = user.path("id").asLong();
        assertThat(user.path("email").asString()).isEqualTo("crud.user@plinth.test");
        assertThat(user.path("password").asString()).as("generated password returned once").hasSize(20);
        assertThat(user.path("is_admin").asBoolean()).isFalse();

        boolean listed = false;
        for (JsonNode row : json(get("/admin/users", ADMIN_TOKEN))) {
            listed |= row.path("id").asLong() == id;
            assertThat(row.has("password")).isFalse();
        }
        assertThat(listed).isTrue();

        HttpResponse<String> updated = sendJson("PATCH", "/admin/users/" + id, ADMIN_TOKEN, """
                {"lastname": "Updated", "is_admin": true}""");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(json(updated).path("lastname").asString()).isEqualTo("Updated");
        assertThat(json(updated).path("is_admin").asBoolean()).isTrue();

        HttpResponse<String> duplicate = sendJson("POST", "/admin/users", ADMIN_TOKEN, """
                {"email": "crud.user@plinth.test"}""");
        assertThat(duplicate.statusCode()).isEqualTo(409);

        assertThat(send(request("/admin/users/" + id, ADMIN_TOKEN).DELETE()).statusCode()).isEqualTo(204);
        HttpResponse<String> gone = send(request("/admin/users/" + id, ADMIN_TOKEN).DELETE());
        assertThat(gone.statusCode()).isEqualTo(404);
        assertThat(json(gone).path("detail").asString()).contains(Long.toString(id));
    }

    @Test
    void deletingAUserRevokesTheirTokens() {
        TestUsers.Created user = TestUsers.create(this, "to-delete@plinth.test", false);
        assertThat(get("/user", user.token()).statusCode()).isEqualTo(200);
        assertThat(send(request("/admin/users/" + user.id(), ADMIN_TOKEN).DELETE()).statusCode()).isEqualTo(204);
        assertThat(get("/user", user.token()).statusCode()).isEqualTo(401);
    }

    @Test
    void clientsCanBeRegisteredListedAndDeleted() {
        HttpResponse<String> created = sendJson("POST", "/admin/clients", ADMIN_TOKEN, """
                {"client_id": "crud-client", "client_name": "CRUD", "grant_types": ["client_credentials"],
                 "scopes": ["cloud:read"]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode client = json(created);
        assertThat(client.path("client_secret").asString()).hasSizeGreaterThan(30);
        assertThat(client.path("public_client").asBoolean()).isFalse();

        boolean listed = false;
        for (JsonNode row : json(get("/admin/clients", ADMIN_TOKEN))) {
            listed |= row.path("client_id").asString().equals("crud-client");
            assertThat(row.has("client_secret")).isFalse();
        }
        assertThat(listed).isTrue();

        assertThat(send(request("/admin/clients/crud-client", ADMIN_TOKEN).DELETE()).statusCode()).isEqualTo(204);
        assertThat(send(request("/admin/clients/crud-client", ADMIN_TOKEN).DELETE()).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidClientIsRejectedPerField() {
        HttpResponse<String> response = sendJson("POST", "/admin/clients", ADMIN_TOKEN, """
                {"client_name": "Bad", "grant_types": ["password", "authorization_code"], "scopes": ["nope"],
                 "redirect_uris": ["not a uri"]}""");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json(response).path("errors");
        assertThat(errors.path("grant_types").get(0).asString()).contains("password");
        assertThat(errors.path("scopes").get(0).asString()).contains("nope");
        assertThat(errors.path("redirect_uris").isArray()).isTrue();
    }
}
