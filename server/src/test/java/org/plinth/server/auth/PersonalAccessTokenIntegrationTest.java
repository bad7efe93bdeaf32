package org.plinth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

class PersonalAccessTokenIntegrationTest extends PlinthIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void createUseListAndRevoke() {
        TestUsers.Created user = TestUsers.create(this, "pat-owner@plinth.test", false);
        HttpResponse<String> created = sendJson("POST", "/user/tokens", user.token(), """
                {"name": "ci script", "scopes": ["user:read"]}""");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = json(created);
        String secret = token.path("token").asString();
        assertThat(secret).startsWith("plt_").hasSize(44);
        assertThat(token.path("scopes").get(0).asString()).isEqualTo("user:read");
        assertThat(token.path("token_prefix").asString()).isEqualTo(secret.substring(0, 8));

        assertThat(json(get("/user", secret)).path("email").asString()).isEqualTo(user.email());

        HttpResponse<String> listed = get("/user/tokens", user.token());
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode row : json(listed)) {
            assertThat(row.has("token")).as("secrets are never listed").isFalse();
            if (row.path("id").asLong() == token.path("id").asLong()) {
                mine = row;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.path("last_used_at").isNull()).as("last_used_at recorded").isFalse();

        // The stored value is the hash, never the secret.
        String stored = jdbc.sql("SELECT token_hash FROM personal_access_token WHERE id = :id")
                .param("id", token.path("id").asLong()).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(secret.substring(4));

        HttpResponse<String> revoked = send(request("/user/tokens/" + token.path("id").asLong(), user.token()).DELETE());
        assertThat(revoked.statusCode()).isEqualTo(204);
        HttpResponse<String> afterRevoke = get("/user", secret);
        assertThat(afterRevoke.statusCode()).isEqualTo(401);
        assertThat(afterRevoke.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
        assertThat(json(afterRevoke).path("detail").asString()).contains("revoked");
    }

    @Test
    void expiredTokenIsRejected() {
        TestUsers.Created user = TestUsers.create(this, "pat-expiry@plinth.test", false);
        HttpResponse<String> created = sendJson("POST", "/user/tokens", user.token(), """
                {"name": "short", "scopes": ["user:read"], "expires_at": "%s"}"""
                .formatted(OffsetDateTime.now().plusMinutes(10)));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = json(created).path("id").asLong();
        jdbc.sql("UPDATE personal_access_token SET expires_at = now() - interval '1 second' WHERE id = :id")
                .param("id", id).update();
        HttpResponse<String> response = get("/user", json(created).path("token").asString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("detail").asString()).contains("expired");
    }

    @Test
    void expiryInThePastIsInvalid() {
        TestUsers.Created user = TestUsers.create(this, "pat-past@plinth.test", false);
        HttpResponse<String> response = sendJson("POST", "/user/tokens", user.token(), """
                {"name": "old", "scopes": ["user:read"], "expires_at": "2001-01-01T00:00:00Z"}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").path("expires_at").isArray()).isTrue();
    }

    @Test
    void unknownTokenIsRejected() {
        HttpResponse<String> response = get("/user", "plt_thisTokenWasNeverIssued000000000000000");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("status").asInt()).isEqualTo(401);
    }

    @Test
    void tokenCannotGrantMoreThanItHas() {
        TestUsers.Created user = TestUsers.create(this, "pat-escalate@plinth.test", false, "user:read", "user:write");
        HttpResponse<String> response = sendJson("POST", "/user/tokens", user.token(), """
                {"name": "greedy", "scopes": ["cloud:manage"]}""");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("detail").asString()).contains("cloud:manage");
    }

    @Test
    void unknownScopeIsValidationError() {
        TestUsers.Created user = TestUsers.create(this, "pat-unknown@plinth.test", false);
        HttpResponse<String> response = sendJson("POST", "/user/tokens", user.token(), """
                {"name": "odd", "scopes": ["everything"]}""");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("errors").path("scopes").get(0).asString()).contains("everything");
    }

    @Test
    void revokingSomeoneElsesTokenIsNotFound() {
        TestUsers.Created owner = TestUsers.create(this, "pat-a@plinth.test", false);
        TestUsers.Created other = TestUsers.create(this, "pat-b@plinth.test", false);
        long ownersToken = json(get("/user/tokens", owner.token())).get(0).path("id").asLong();
        HttpResponse<String> response = send(request("/user/tokens/" + ownersToken, other.token()).DELETE());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(get("/user", owner.token()).statusCode()).isEqualTo(200);
    }
}
