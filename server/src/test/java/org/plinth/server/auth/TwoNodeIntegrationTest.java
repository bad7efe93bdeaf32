package org.plinth.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.server.OidcFlow;
import org.plinth.server.PlinthApplication;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestDatabase;
import org.plinth.server.TestUsers;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes on one database behind one public URL: the test context is node 1; node 2 is a second
 * application started here. Keys, clients and authorizations live in PostgreSQL, so a token from
 * either node works on the other.
 */
class TwoNodeIntegrationTest extends PlinthIntegrationTest {

    private static final int SECOND_PORT = freePort();
    private static final String SECOND_URL = "http://localhost:" + SECOND_PORT;
    private static ConfigurableApplicationContext secondNode;

    @BeforeAll
    static void startSecondNode() {
        // Command-line arguments: they outrank application.properties (default properties do not).
        secondNode = new SpringApplicationBuilder(PlinthApplication.class).run(
                "--plinth.database.url=" + TestDatabase.jdbcUrl(),
                "--plinth.port=" + SECOND_PORT,
                "--plinth.public-url=" + BASE_URL,
                "--plinth.admin.email=" + ADMIN_EMAIL,
                "--plinth.admin.password=" + ADMIN_PASSWORD,
                "--plinth.admin.token=" + ADMIN_TOKEN,
                "--server.shutdown=immediate",
                "--plinth.database.connection-timeout=2s");
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void tokensFromOneNodeWorkOnTheOther() {
        OidcFlow.Client client = OidcFlow.registerClient(this, "two-nodes-" + UUID.randomUUID());
        TestUsers.Created user = TestUsers.create(this, "two-nodes@plinth.test", false);

        // Signed in on node 2, used on node 1.
        String fromSecond = new OidcFlow(SECOND_URL).signIn(client, user.email(), user.password(), "openid user:read")
                .path("access_token").asString();
        HttpResponse<String> onFirst = get("/user", fromSecond);
        assertThat(onFirst.statusCode()).isEqualTo(200);
        assertThat(json(onFirst).path("email").asString()).isEqualTo(user.email());

        // Client credentials from node 1, used on node 2 (accepted: 403 "application", not 401).
        String fromFirst = json(new OidcFlow(BASE_URL).tokenRequest(client, Map.of(
                "grant_type", "client_credentials", "scope", "cloud:read user:read"))).path("access_token").asString();
        HttpResponse<String> onSecond = onSecondNode("/user", fromFirst);
        assertThat(onSecond.statusCode()).isEqualTo(403);
        assertThat(json(onSecond).path("detail").asString()).contains("application token");

        // One sign-in whose steps alternate between the nodes: the session is in the database.
        OidcFlow.SignInSteps steps = new OidcFlow(BASE_URL).startSignIn(client, "openid user:read");
        steps.submitCredentialsAt(SECOND_URL, user.email(), user.password());
        String alternating = steps.finishAt(BASE_URL).path("access_token").asString();
        assertThat(onSecondNode("/user", alternating).statusCode()).isEqualTo(200);

        // Both publish the same keys.
        assertThat(send(HttpRequest.newBuilder(URI.create(SECOND_URL + "/oauth2/jwks")).GET()).body())
                .isEqualTo(send(request("/oauth2/jwks").GET()).body());
        assertThat(onSecondNode("/user", user.token()).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> onSecondNode(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(SECOND_URL + path)).header("Authorization", "Bearer " + token).GET());
    }
}
