package org.plinth.server.bcf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.bcf.BcfFixture.problem;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import tools.jackson.databind.JsonNode;

/** BCF discovery, current user, BCF projects and extensions over HTTP. */
class BcfProjectIntegrationTest extends PlinthIntegrationTest {

    @Test
    void versionsAndAuthAnswerWithoutAToken() {
        HttpResponse<String> versions = send(request("/bcf/versions").GET());
        assertThat(versions.statusCode()).as(versions.body()).isEqualTo(200);
        JsonNode list = json(versions);
        assertThat(list.size()).isEqualTo(1);
        assertThat(list.get(0).path("version_id").asString()).isEqualTo("2.1");
        assertThat(list.get(0).path("detailed_version").asString()).contains("BCF-API");

        JsonNode auth = json(send(request("/bcf/2.1/auth").GET()));
        assertThat(auth.size()).isEqualTo(1);
        assertThat(auth.get(0).path("oauth2_auth_url").asString()).isEqualTo(BASE_URL + "/oauth2/authorize");
        assertThat(auth.get(0).path("oauth2_token_url").asString()).isEqualTo(BASE_URL + "/oauth2/token");
        assertThat(auth.get(0).path("http_basic_supported").asBoolean()).isFalse();
        assertThat(auth.get(0).path("supported_oauth2_flows").size()).isEqualTo(2);
    }

    @Test
    void currentUserIsTheCallersEmail() {
        BcfFixture fixture = new BcfFixture(this);
        JsonNode me = json(get("/bcf/2.1/current-user", fixture.user.token()));
        assertThat(me.path("id").asString()).isEqualTo(fixture.user.email());
        assertThat(me.path("email").asString()).isEqualTo(fixture.user.email());
        assertThat(me.path("name").asString()).isEqualTo("Test User");
        assertThat(me.path("is_client").asBoolean()).isFalse();
        assertThat(me.path("is_project_token").asBoolean()).isFalse();

        problem(send(request("/bcf/2.1/current-user").GET()), 401);
        String noBcf = BcfFixture.tokenWithScopes(this, fixture.user, "user:read");
        problem(get("/bcf/2.1/current-user", noBcf), 403);
    }

    @Test
    void projectsAreThePlinthProjectsTheCallerSees() {
        BcfFixture fixture = new BcfFixture(this);
        JsonNode guestProjects = json(get("/bcf/2.1/projects", fixture.guest.token()));
        assertThat(guestProjects.size()).isEqualTo(1);
        assertThat(guestProjects.get(0).path("id").asLong()).isEqualTo(fixture.projectId);
        assertThat(guestProjects.get(0).path("project_id").asString()).isEqualTo(Long.toString(fixture.projectId));
        assertThat(guestProjects.get(0).path("name").asString()).isEqualTo("Tower");
        assertThat(json(get("/bcf/2.1/projects", fixture.stranger.token())).size()).isZero();

        JsonNode project = json(get(fixture.projectPath(), fixture.guest.token()));
        assertThat(project.path("name").asString()).isEqualTo("Tower");
        problem(get(fixture.projectPath(), fixture.stranger.token()), 404);
        problem(get("/bcf/2.1/projects/999999999", fixture.admin.token()), 404);
    }

    @Test
    void projectAdminsRenameTheProject() {
        BcfFixture fixture = new BcfFixture(this);
        problem(sendJson("PATCH", fixture.projectPath(), fixture.user.token(), "{\"name\": \"Nope\"}"), 403);
        problem(sendJson("PATCH", fixture.projectPath(), fixture.stranger.token(), "{\"name\": \"Nope\"}"), 404);

        HttpResponse<String> patched = sendJson("PATCH", fixture.projectPath(), fixture.admin.token(),
                "{\"name\": \" Tower B \"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(patched).path("name").asString()).isEqualTo("Tower B");
        // The BCF project is the Plinth project: the collab route sees the new name.
        JsonNode plinth = json(get("/cloud/" + fixture.cloudId + "/project/" + fixture.projectId, fixture.admin.token()));
        assertThat(plinth.path("name").asString()).isEqualTo("Tower B");

        JsonNode missingName = problem(sendJson("PUT", fixture.projectPath(), fixture.admin.token(), "{}"), 400);
        assertThat(missingName.path("errors").path("name").get(0).asString()).isEqualTo("is required");
        HttpResponse<String> put = sendJson("PUT", fixture.projectPath(), fixture.admin.token(), "{\"name\": \"Tower C\"}");
        assertThat(json(put).path("name").asString()).isEqualTo("Tower C");
    }

    @Test
    void extensionsListProjectUsersAndWhatTheCallerMayDo() {
        BcfFixture fixture = new BcfFixture(this);
        JsonNode admin = json(get(fixture.projectPath() + "/extensions", fixture.admin.token()));
        assertThat(admin.path("user_id_type")).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(fixture.admin.email(), fixture.user.email(), fixture.guest.email());
        assertThat(admin.path("project_actions")).extracting(JsonNode::asString).contains("update", "createTopic");
        assertThat(admin.path("snippet_type").isNull()).isTrue();
        for (String field : new String[] { "topic_type", "topic_status", "topic_label", "priority", "stage",
            "priority_colors", "topic_status_colors", "topic_actions", "comment_actions" }) {
            assertThat(admin.path(field).isArray()).as(field).isTrue();
        }

        JsonNode guest = json(get(fixture.projectPath() + "/extensions", fixture.guest.token()));
        assertThat(guest.path("project_actions").size()).isZero();
        assertThat(guest.path("topic_actions")).extracting(JsonNode::asString).containsExactly("createComment");
        problem(get(fixture.projectPath() + "/extensions", fixture.stranger.token()), 404);

        JsonNode detailed = json(get(fixture.projectPath() + "/detailed-extensions", fixture.guest.token()));
        assertThat(detailed.path("topic_labels").isArray()).isTrue();
        assertThat(detailed.path("topic_types").isArray()).isTrue();
        assertThat(detailed.path("topic_statuses").isArray()).isTrue();
        assertThat(detailed.path("priorities").isArray()).isTrue();
        assertThat(detailed.path("stages").isArray()).isTrue();
    }
}
