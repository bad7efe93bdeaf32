package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Clouds and cloud members over HTTP: creation, visibility, roles, the last admin, deletion. */
class CloudIntegrationTest extends PlinthIntegrationTest {

    private final CollabFixture fixture = new CollabFixture(this);

    @Autowired
    JdbcClient jdbc;

    @Test
    void creatorIsAdminAndSeesTheCloudInSelfUser() {
        TestUsers.Created owner = fixture.user("owner");
        HttpResponse<String> created = sendJson("POST", "/cloud", owner.token(), "{\"name\": \"  Acme  \"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode cloud = json(created);
        long id = cloud.path("id").asLong();
        assertThat(cloud.path("name").asString()).isEqualTo("Acme");
        assertThat(cloud.path("creator").path("id").asLong()).isEqualTo(owner.id());
        assertThat(cloud.path("creator").path("cloud_role").asInt()).isEqualTo(100);
        assertThat(cloud.path("features").isArray()).isTrue();
        assertThat(cloud.path("is_default").asBoolean()).isFalse();

        JsonNode clouds = json(get("/cloud", owner.token()));
        assertThat(clouds.size()).isEqualTo(1);
        assertThat(clouds.get(0).path("id").asLong()).isEqualTo(id);

        JsonNode self = json(get("/user", owner.token()));
        assertThat(self.path("clouds").size()).isEqualTo(1);
        assertThat(self.path("clouds").get(0).path("cloud").asLong()).isEqualTo(id);
        assertThat(self.path("clouds").get(0).path("role").asInt()).isEqualTo(100);

        JsonNode users = json(get("/cloud/" + id + "/user", owner.token()));
        assertThat(users.size()).isEqualTo(1);
        assertThat(users.get(0).path("email").asString()).isEqualTo(owner.email());
        assertThat(users.get(0).path("cloud_role").asInt()).isEqualTo(100);

        assertThat(send(request("/cloud/" + id + "/check-access", owner.token()).GET()).statusCode()).isEqualTo(204);
        JsonNode size = json(get("/cloud/" + id + "/size", owner.token()));
        assertThat(size.path("total_size").asLong()).isZero();
        assertThat(size.path("role").asInt()).isEqualTo(100);
    }

    @Test
    void nonMembersGet404AndMembersWithoutTheRoleGet403() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created member = fixture.user("member");
        TestUsers.Created stranger = fixture.user("stranger");
        long id = fixture.cloud(owner, "Private");
        fixture.joinCloud(owner, id, member, 50);

        CollabFixture.problem(get("/cloud/" + id, stranger.token()), 404);
        CollabFixture.problem(sendJson("PATCH", "/cloud/" + id, stranger.token(), "{\"name\": \"x\"}"), 404);
        CollabFixture.problem(get("/cloud/" + (id + 100000), owner.token()), 404);
        assertThat(json(get("/cloud", stranger.token())).size()).isZero();

        assertThat(get("/cloud/" + id, member.token()).statusCode()).isEqualTo(200);
        JsonNode forbidden = CollabFixture.problem(sendJson("PATCH", "/cloud/" + id, member.token(),
                "{\"name\": \"mine now\"}"), 403);
        assertThat(forbidden.path("detail").asString()).contains("100");
        CollabFixture.problem(send(request("/cloud/" + id, member.token()).DELETE()), 403);
        assertThat(json(get("/cloud/" + id, owner.token())).path("name").asString()).isEqualTo("Private");
    }

    @Test
    void lastAdminCannotLeaveOrBeDemoted() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created second = fixture.user("second");
        long id = fixture.cloud(owner, "Roles");

        JsonNode demote = CollabFixture.problem(sendJson("PATCH", "/cloud/" + id + "/user/" + owner.id(), owner.token(),
                "{\"cloud_role\": 50}"), 409);
        assertThat(demote.path("detail").asString()).contains("last admin");
        CollabFixture.problem(send(request("/cloud/" + id + "/user/" + owner.id(), owner.token()).DELETE()), 409);

        fixture.joinCloud(owner, id, second, 50);
        HttpResponse<String> promoted = sendJson("PATCH", "/cloud/" + id + "/user/" + second.id(), owner.token(),
                "{\"cloud_role\": 100}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(json(promoted).path("cloud_role").asInt()).isEqualTo(100);

        // Now the first admin may leave; the second is the last one and may not.
        assertThat(send(request("/cloud/" + id + "/user/" + owner.id(), owner.token()).DELETE()).statusCode())
                .isEqualTo(204);
        CollabFixture.problem(get("/cloud/" + id, owner.token()), 404);
        CollabFixture.problem(sendJson("PATCH", "/cloud/" + id + "/user/" + second.id(), second.token(),
                "{\"cloud_role\": 50}"), 409);
        CollabFixture.problem(sendJson("PATCH", "/cloud/" + id + "/user/" + second.id(), second.token(),
                "{\"cloud_role\": 75}"), 400);
    }

    @Test
    void deletingACloudAnnouncesEveryProjectAndLeavesNothingBehind() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created member = fixture.user("member");
        long id = fixture.cloud(owner, "Doomed");
        long parent = fixture.project(owner, id, "Parent");
        long child = fixture.project(owner, id, "Child", parent);
        fixture.joinProject(owner, id, child, member, 50);
        fixture.projectToken(owner, id, parent, "document:read");
        sendJson("POST", "/cloud/" + id + "/project/" + parent + "/group", owner.token(), "{\"name\": \"G\"}");
        DeletionEventsRecorder.HEARD.clear();

        assertThat(send(request("/cloud/" + id, owner.token()).DELETE()).statusCode()).isEqualTo(204);

        assertThat(DeletionEventsRecorder.HEARD).containsExactly(new ProjectDeleted(id, child),
                new ProjectDeleted(id, parent), new CloudDeleted(id));
        CollabFixture.problem(get("/cloud/" + id, owner.token()), 404);
        for (String table : new String[] { "project", "invitation" }) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE cloud_id = :id").param("id", id)
                    .query(Long.class).single()).as(table).isZero();
        }
        for (String table : new String[] { "project_member", "project_group", "project_access_token", "project_log",
            "project_classification" }) {
            assertThat(jdbc.sql("SELECT count(*) FROM " + table + " WHERE project_id IN (:a, :b)")
                    .param("a", parent).param("b", child).query(Long.class).single()).as(table).isZero();
        }
        assertThat(json(get("/user", member.token())).path("projects").size()).isZero();
    }

    @Test
    void applicationTokensCannotCreateClouds() {
        TestUsers.Created owner = fixture.user("owner");
        HttpResponse<String> noScope = sendJson("POST", "/cloud", TestUsers.create(this, "plain@collab.test", false)
                .token(), "{\"name\": \"x\"}");
        JsonNode problem = CollabFixture.problem(noScope, 403);
        assertThat(problem.path("detail").asString()).contains("cloud:manage");
        assertThat(json(get("/cloud", owner.token())).size()).isZero();
        assertThat(send(request("/cloud").POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(401);
    }

    @Test
    void invitationInAllProjectsJoinsEveryProjectAndMembersFilterByEmail() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created everywhere = fixture.user("everywhere");
        long id = fixture.cloud(owner, "All projects");
        long first = fixture.project(owner, id, "First");
        long second = fixture.project(owner, id, "Second");
        HttpResponse<String> invited = sendJson("POST", "/cloud/" + id + "/invitation", owner.token(), """
                {"email": "%s", "redirect_uri": "http://127.0.0.1:9/x", "role": 50, "project_role": 25,
                 "in_all_projects": true}""".formatted(everywhere.email()));
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(json(invited).path("project_role").asInt()).isEqualTo(25);
        fixture.accept(everywhere, json(invited).path("id").asLong());

        JsonNode roles = json(get("/user", everywhere.token())).path("projects");
        assertThat(roles.size()).isEqualTo(2);
        for (JsonNode role : roles) {
            assertThat(role.path("project").asLong()).isIn(first, second);
            assertThat(role.path("role").asInt()).isEqualTo(25);
        }
        JsonNode members = json(get("/cloud/" + id + "/user?email__startswith=everywhere", owner.token()));
        assertThat(members.size()).isEqualTo(1);
        assertThat(members.get(0).path("in_all_projects").asBoolean()).isTrue();
        assertThat(json(get("/cloud/" + id + "/user?email=" + owner.email().replace("+", "%2B"), owner.token()))
                .get(0).path("id").asLong()).isEqualTo(owner.id());
        assertThat(json(get("/cloud/" + id + "/user?email__contains=nobody", owner.token())).size()).isZero();
        CollabFixture.problem(sendJson("POST", "/cloud/" + id + "/invitation", owner.token(), """
                {"email": "x@collab.test", "redirect_uri": "http://127.0.0.1:9/x", "in_all_projects": true}"""), 400);
    }
}
