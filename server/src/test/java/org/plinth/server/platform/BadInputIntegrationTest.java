package org.plinth.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** Hostile and careless input: always a problem+json 4xx with useful fields, never a 500. */
class BadInputIntegrationTest extends PlinthIntegrationTest {

    @Test
    void malformedJsonSaysWhereItBroke() {
        HttpResponse<String> response = sendJson("PATCH", "/user", ADMIN_TOKEN, "{\n  \"firstname\": \"Ada\",\n  oops\n}");
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("detail").asString()).startsWith("Malformed JSON at line 3, column");
    }

    @Test
    void wrongTypeNamesTheField() {
        HttpResponse<String> response = sendJson("POST", "/user/tokens", ADMIN_TOKEN,
                "{\"name\": \"x\", \"scopes\": \"user:read\"}");
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("errors").path("scopes").isArray()).isTrue();
        assertThat(problem.path("detail").asString()).contains("scopes");

        HttpResponse<String> badDate = sendJson("POST", "/user/tokens", ADMIN_TOKEN,
                "{\"name\": \"x\", \"scopes\": [\"user:read\"], \"expires_at\": \"next tuesday\"}");
        assertThat(assertProblem(badDate, 400).path("errors").has("expires_at")).isTrue();

        HttpResponse<String> badBoolean = sendJson("PATCH", "/admin/users/1", ADMIN_TOKEN, "{\"is_admin\": \"maybe\"}");
        assertThat(assertProblem(badBoolean, 400).path("errors").has("is_admin")).isTrue();
    }

    @Test
    void missingRequiredFieldsAreListed() {
        HttpResponse<String> response = sendJson("POST", "/user/tokens", ADMIN_TOKEN, "{}");
        JsonNode problem = assertProblem(response, 400);
        assertThat(problem.path("errors").has("name")).isTrue();
        assertThat(problem.path("errors").has("scopes")).isTrue();
    }

    @Test
    void emptyAndNonObjectBodies() {
        assertProblem(sendJson("PATCH", "/user", ADMIN_TOKEN, ""), 400);
        assertProblem(sendJson("PATCH", "/user", ADMIN_TOKEN, "[1, 2, 3]"), 400);
        assertProblem(sendJson("PATCH", "/user", ADMIN_TOKEN, "null"), 400);
        assertProblem(sendJson("PATCH", "/user", ADMIN_TOKEN, "\"\\u0000\""), 400);
    }

    @Test
    void pathologicalJsonIsRefusedCleanly() {
        String deep = "{\"firstname\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
        assertProblem(sendJson("PATCH", "/user", ADMIN_TOKEN, deep), 400);
        assertProblem(sendJson("PATCH", "/user", ADMIN_TOKEN, "{\"firstname\": " + "9".repeat(5000) + "}"), 400);
        HttpResponse<String> invalidUtf8 = send(request("/user", ADMIN_TOKEN).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(new byte[] { '{', '"', (byte) 0xC3, '"', ':', '1', '}' })));
        assertProblem(invalidUtf8, 400);
    }

    @Test
    void hugeBodiesAreRefused() {
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        big[big.length - 1] = '}';
        HttpResponse<String> declared = send(request("/user", ADMIN_TOKEN).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(big)));
        assertThat(assertProblem(declared, 413).path("detail").asString()).contains("exceeds the limit");

        // Chunked: no Content-Length, so the limit is enforced while reading.
        HttpResponse<String> chunked = send(request("/user", ADMIN_TOKEN).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))));
        assertProblem(chunked, 413);
    }

    @Test
    void unknownRoutesAreNotFound() {
        JsonNode problem = assertProblem(get("/cloud/1/project/2/nothing-here", ADMIN_TOKEN), 404);
        assertThat(problem.path("instance").asString()).isEqualTo("/cloud/1/project/2/nothing-here");
        assertProblem(get("/%7e%7e", ADMIN_TOKEN), 404);
    }

    @Test
    void wrongMethodIs405WithAllow() {
        HttpResponse<String> response = send(request("/user", ADMIN_TOKEN).DELETE());
        assertProblem(response, 405);
        assertThat(response.headers().firstValue("Allow").orElse("")).contains("GET").contains("PATCH");
    }

    @Test
    void wrongMediaTypeIs415() {
        HttpResponse<String> response = send(request("/user", ADMIN_TOKEN).header("Content-Type", "text/plain")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("firstname=Ada")));
        assertProblem(response, 415);
    }

    @Test
    void badPathVariableIs400() {
        JsonNode problem = assertProblem(send(request("/user/tokens/not-a-number", ADMIN_TOKEN).DELETE()), 400);
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertProblem(send(request("/user/tokens/99999999999999999999999", ADMIN_TOKEN).DELETE()), 400);
    }

    @Test
    void garbageTokensAre401() {
        assertProblem(get("/user", "eyJ.not.a.jwt"), 401);
        assertProblem(get("/user", "x".repeat(5000)), 401);
        assertProblem(send(request("/user").header("Authorization", "Bearer ")), 401);
    }

    @Test
    void clientRequestIdIsEchoedOnlyWhenSafe() {
        HttpResponse<String> unsafe = send(request("/nope", ADMIN_TOKEN).header("X-Request-Id", "bad id with spaces").GET());
        String id = unsafe.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(id).isNotEqualTo("bad id with spaces").hasSize(36);
        assertThat(json(unsafe).path("request_id").asString()).isEqualTo(id);
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("request_id").asString()).isNotBlank();
        return problem;
    }
}
