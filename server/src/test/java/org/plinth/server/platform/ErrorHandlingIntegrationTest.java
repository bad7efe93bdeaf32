package org.plinth.server.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

class ErrorHandlingIntegrationTest extends PlinthIntegrationTest {

    @Test
    void healthIsUpWithDatabase() {
        HttpResponse<String> response = send(request("/actuator/health").GET());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode health = json(response);
        assertThat(health.path("status").asString()).isEqualTo("UP");
        assertThat(health.path("components").path("db").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void unknownRouteIsProblem404WithRequestId() {
        HttpResponse<String> response = send(request("/no/such/route", ADMIN_TOKEN).header("X-Request-Id", "test-42").GET());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("test-42");
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(404);
        assertThat(problem.path("title").asString()).isEqualTo("Not Found");
        assertThat(problem.path("instance").asString()).isEqualTo("/no/such/route");
        assertThat(problem.path("request_id").asString()).isEqualTo("test-42");
    }

    @Test
    void missingTokenIs401WithChallenge() {
        HttpResponse<String> response = send(request("/user").GET());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("request_id").asString()).isNotBlank();
    }
}
