package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

/** Bad input to the collaboration routes: 400/404 as problem+json, and nothing changed. */
class CollabBadInputIntegrationTest extends PlinthIntegrationTest {

    private final CollabFixture fixture = new CollabFixture(this);

    @Test
    void invalidEmailUnknownRoleAndMissingFieldsAre400WithTheField() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Strict");
        long project = fixture.project(owner, cloud, "P");
        String invitations = "/cloud/" + cloud + "/invitation";

        JsonNode email = CollabFixture.problem(sendJson("POST", invitations, owner.token(),
                "{\"email\": \"not-an-address\", \"redirect_uri\": \"http://127.0.0.1:9/x\"}"), 400);
        assertThat(email.path("errors").has("email")).isTrue();
        JsonNode role = CollabFixture.problem(sendJson("POST", invitations, owner.token(),
                "{\"email\": \"a@collab.test\", \"redirect_uri\": \"http://127.0.0.1:9/x\", \"role\": 7}"), 400);
        assertThat(role.path("errors").has("role")).isTrue();
        JsonNode projectRole = CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project/" + project
                + "/invitation", owner.token(), "{\"email\": \"a@collab.test\", \"redirect_uri\": \"http://x\", \"role\": 75}"),
                400);
        assertThat(projectRole.path("errors").has("role")).isTrue();
        JsonNode missing = CollabFixture.problem(sendJson("POST", invitations, owner.token(), "{\"email\": \"a@collab.test\"}"),
                400);
        assertThat(missing.path("errors").has("redirect_uri")).isTrue();
        JsonNode wrongType = CollabFixture.problem(sendJson("POST", invitations, owner.token(),
                "{\"email\": \"a@collab.test\", \"redirect_uri\": \"http://x\", \"role\": \"admin\"}"), 400);
        assertThat(wrongType.toString()).contains("role");
        CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project/" + project + "/access-token",
                owner.token(), "{\"scopes\": [\"document:read\"], \"expires_at\": \"2001-01-01T00:00:00Z\"}"), 400);
        CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project/" + project + "/access-token",
                owner.token(), "{\"scopes\": []}"), 400);

        assertThat(json(get(invitations, owner.token())).size()).isZero();
        assertThat(json(get("/cloud/" + cloud + "/project/" + project + "/access-token", owner.token())).size()).isZero();
    }

    @Test
    void namesTooLongOrBlankAre400AndChangeNothing() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Named");
        String longName = "x".repeat(256);

        JsonNode cloudName = CollabFixture.problem(sendJson("PATCH", "/cloud/" + cloud, owner.token(),
                "{\"name\": \"" + longName + "\"}"), 400);
        assertThat(cloudName.path("errors").has("name")).isTrue();
        CollabFixture.problem(sendJson("POST", "/cloud", owner.token(), "{\"name\": \"   \"}"), 400);
        CollabFixture.problem(sendJson("POST", "/cloud", owner.token(), "{}"), 400);
        JsonNode projectName = CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project", owner.token(),
                "{\"name\": \"" + longName + "\"}"), 400);
        assertThat(projectName.path("errors").has("name")).isTrue();
        CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project", owner.token(),
                "{\"name\": \"ok\", \"status\": \"Z\"}"), 400);

        assertThat(json(get("/cloud/" + cloud, owner.token())).path("name").asString()).isEqualTo("Named");
        assertThat(json(get("/cloud", owner.token())).size()).isEqualTo(1);
        assertThat(json(get("/cloud/" + cloud + "/project", owner.token())).size()).isZero();
    }

    @Test
    void nonNumericIdsAreAlways400() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Ids");
        long project = fixture.project(owner, cloud, "P");
        for (String path : new String[] { "/cloud/abc", "/cloud/abc/project", "/cloud/" + cloud + "/project/1e3",
            "/cloud/" + cloud + "/project/" + project + "/group/x", "/user/invitations/%20",
            "/cloud/" + cloud + "/project/" + project + "/classification/-x", "/cloud/99999999999999999999" }) {
            HttpResponse<String> response = get(path, owner.token());
            JsonNode problem = CollabFixture.problem(response, 400);
            assertThat(problem.path("detail").asString()).as(path).isNotEmpty();
        }
        CollabFixture.problem(sendJson("PATCH", "/cloud/abc", owner.token(), "{\"name\": \"x\"}"), 400);
        CollabFixture.problem(get("/cloud/0", owner.token()), 404);
        CollabFixture.problem(get("/cloud/-1", owner.token()), 404);
    }

    @Test
    void malformedWrongShapedAndUnknownFieldsAre400() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Shapes");
        long project = fixture.project(owner, cloud, "P");
        CollabFixture.problem(sendJson("PATCH", "/cloud/" + cloud, owner.token(), "{\"name\": "), 400);
        CollabFixture.problem(sendJson("PATCH", "/cloud/" + cloud, owner.token(), "[\"name\"]"), 400);
        CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project/" + project + "/classification",
                owner.token(), "{\"name\": \"not a list\"}"), 400);
        assertThat(json(get("/cloud/" + cloud, owner.token())).path("name").asString()).isEqualTo("Shapes");

        // A field the request does not have is refused with its name; nothing changes.
        JsonNode typo = CollabFixture.problem(sendJson("PATCH", "/cloud/" + cloud, owner.token(),
                "{\"nmae\": \"Renamed\"}"), 400);
        assertThat(typo.path("errors").has("nmae")).isTrue();
        JsonNode inList = CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project/" + project
                + "/classification", owner.token(), "[{\"name\": \"a\", \"colour\": \"red\"}]"), 400);
        assertThat(inList.path("errors").has("colour")).isTrue();
        assertThat(json(get("/cloud/" + cloud, owner.token())).path("name").asString()).isEqualTo("Shapes");
        assertThat(json(get("/cloud/" + cloud + "/project/" + project + "/classification", owner.token())).size())
                .isZero();

        // Read-only fields echoed from a response (as BIMData clients do) are accepted and ignored.
        HttpResponse<String> echoed = sendJson("PATCH", "/cloud/" + cloud, owner.token(),
                "{\"name\": \"Renamed\", \"id\": 1, \"created_at\": \"2020-01-01T00:00:00Z\"}");
        assertThat(echoed.statusCode()).as(echoed.body()).isEqualTo(200);
        assertThat(json(echoed).path("id").asLong()).isEqualTo(cloud);
        assertThat(json(echoed).path("name").asString()).isEqualTo("Renamed");
    }
}
