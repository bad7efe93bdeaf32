package org.plinth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

class SelfUserIntegrationTest extends PlinthIntegrationTest {

    @Test
    void adminTokenReadsTheAdminAsBimDataSelfUser() {
        HttpResponse<String> response = get("/user", ADMIN_TOKEN);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode user = json(response);
        assertThat(user.path("email").asString()).isEqualTo(ADMIN_EMAIL);
        assertThat(user.path("id").asLong()).isPositive();
        // Every field BIMData's SelfUser marks required is present.
        assertThat(user.propertyNames()).contains("id", "email", "firstname", "lastname", "created_at", "updated_at",
                "organizations", "clouds", "projects", "provider", "sub", "profile_picture");
        assertThat(user.path("organizations").isArray()).isTrue();
        assertThat(user.path("clouds").isArray()).isTrue();
        assertThat(user.path("projects").isArray()).isTrue();
        assertThat(user.path("provider").asString()).isEqualTo("plinth");
        assertThat(user.path("sub").asString()).hasSize(36);
    }

    @Test
    void trailingSlashIsAccepted() {
        assertThat(get("/user/", ADMIN_TOKEN).statusCode()).isEqualTo(200);
    }

    @Test
    void patchChangesNamesAndKeepsOtherFields() {
        TestUsers.Created created = TestUsers.create(this, "patch-me@plinth.test", false);
        String token = created.token();
        HttpResponse<String> response = sendJson("PATCH", "/user", token, """
                {"firstname": "Ada", "lastname": "Lovelace", "id": 999, "clouds": [1]}""");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode user = json(response);
        assertThat(user.path("firstname").asString()).isEqualTo("Ada");
        assertThat(user.path("lastname").asString()).isEqualTo("Lovelace");
        assertThat(user.path("email").asString()).isEqualTo(created.email());
        assertThat(user.path("id").asLong()).isNotEqualTo(999);
        assertThat(json(get("/user", token)).path("firstname").asString()).isEqualTo("Ada");
    }

    @Test
    void patchRejectsInvalidEmailPerField() {
        String token = TestUsers.create(this, "bad-email@plinth.test", false).token();
        HttpResponse<String> response = sendJson("PATCH", "/user", token, """
                {"email": "not-an-email", "firstname": ""}""");
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json(response);
        assertThat(problem.path("errors").path("email").isArray()).isTrue();
        assertThat(problem.path("errors").path("firstname").isArray()).isTrue();
    }

    @Test
    void patchToAnotherUsersEmailIsConflict() {
        String token = TestUsers.create(this, "taken-1@plinth.test", false).token();
        String taken = TestUsers.create(this, "taken-2@plinth.test", false).email();
        HttpResponse<String> response = sendJson("PATCH", "/user", token, """
                {"email": "%s"}""".formatted(taken.toUpperCase(java.util.Locale.ROOT)));
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(json(response).path("status").asInt()).isEqualTo(409);
    }

    @Test
    void missingScopeIsForbidden() {
        String token = TestUsers.create(this, "scope-less@plinth.test", false, "cloud:read").token();
        HttpResponse<String> response = get("/user", token);
        assertThat(response.statusCode()).isEqualTo(403);
        JsonNode problem = json(response);
        assertThat(problem.path("detail").asString()).contains("user:read");
        assertThat(problem.path("request_id").asString()).isNotBlank();
    }
}
