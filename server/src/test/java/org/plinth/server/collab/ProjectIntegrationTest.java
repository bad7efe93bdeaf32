package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

/** Projects, sub-projects and project members over HTTP. */
class ProjectIntegrationTest extends PlinthIntegrationTest {

    private final CollabFixture fixture = new CollabFixture(this);

    @Test
    void creatorAndCloudAdminsAreProjectAdmins() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created creator = fixture.user("creator");
        long cloud = fixture.cloud(owner, "Works");
        fixture.joinCloud(owner, cloud, creator, 50);
        DeletionEventsRecorder.HEARD.clear();

        HttpResponse<String> created = sendJson("POST", "/cloud/" + cloud + "/project", creator.token(), """
                {"name": "Tower", "description": "32 floors"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode project = json(created);
        long id = project.path("id").asLong();
        assertThat(project.path("name").asString()).isEqualTo("Tower");
        assertThat(project.path("status").asString()).isEqualTo("A");
        assertThat(project.path("cloud").path("id").asLong()).isEqualTo(cloud);
        assertThat(project.path("root_folder_id").asLong()).isPositive();
        assertThat(DeletionEventsRecorder.HEARD).contains(new ProjectCreated(cloud, id, null,
                project.path("root_folder_id").asLong(), creator.id()));

        JsonNode members = json(get("/cloud/" + cloud + "/project/" + id + "/user", owner.token()));
        List<String> roles = new ArrayList<>();
        for (JsonNode member : members) {
            roles.add(member.path("email").asString() + "=" + member.path("role").asInt() + "/"
                    + member.path("cloud_role").asInt());
        }
        assertThat(roles).containsExactlyInAnyOrder(owner.email() + "=100/100", creator.email() + "=100/50");

        JsonNode access = json(get("/cloud/" + cloud + "/project/" + id + "/check-access", owner.token()));
        assertThat(access.path("has_admin_permission").asBoolean()).isTrue();
        assertThat(access.path("user_role").asInt()).isEqualTo(100);
        assertThat(json(get("/user", creator.token())).path("projects").get(0).path("role").asInt()).isEqualTo(100);
        assertThat(json(get("/cloud/" + cloud + "/project/" + id + "/size", creator.token())).path("total_size")
                .asLong()).isZero();
    }

    @Test
    void cloudUsersSeeOnlyTheirProjectsAndGuestsCannotWrite() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created guest = fixture.user("guest");
        TestUsers.Created outsider = fixture.user("outsider");
        long cloud = fixture.cloud(owner, "Visibility");
        long shown = fixture.project(owner, cloud, "Shown");
        long hidden = fixture.project(owner, cloud, "Hidden");
        fixture.joinProject(owner, cloud, shown, guest, 25);
        fixture.joinCloud(owner, cloud, outsider, 50);

        JsonNode projects = json(get("/cloud/" + cloud + "/project", guest.token()));
        assertThat(projects.size()).isEqualTo(1);
        assertThat(projects.get(0).path("id").asLong()).isEqualTo(shown);
        assertThat(json(get("/cloud/" + cloud + "/project", owner.token())).size()).isEqualTo(2);
        assertThat(json(get("/user/projects", guest.token())).size()).isEqualTo(1);
        assertThat(json(get("/cloud/" + cloud + "/project", outsider.token())).size()).isZero();

        CollabFixture.problem(get("/cloud/" + cloud + "/project/" + hidden, guest.token()), 404);
        CollabFixture.problem(get("/cloud/" + cloud + "/project/" + shown, outsider.token()), 404);
        CollabFixture.problem(sendJson("PATCH", "/cloud/" + cloud + "/project/" + shown, guest.token(),
                "{\"name\": \"renamed\"}"), 403);
        JsonNode access = json(get("/cloud/" + cloud + "/project/" + shown + "/check-access", guest.token()));
        assertThat(access.path("has_read_permission").asBoolean()).isTrue();
        assertThat(access.path("has_write_permission").asBoolean()).isFalse();
        assertThat(access.path("user_role").asInt()).isEqualTo(25);
        assertThat(access.path("usable_scopes").toString()).contains("document:read").doesNotContain("document:write");
        assertThat(json(get("/cloud/" + cloud + "/project/" + shown + "/tree", guest.token())).path("user_permission")
                .asInt()).isEqualTo(50);
    }

    @Test
    void subProjectsAreDeletedWithTheirParent() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Tree");
        long parent = fixture.project(owner, cloud, "Site");
        long child = fixture.project(owner, cloud, "Building A", parent);
        long grandchild = fixture.project(owner, cloud, "Level 1", child);
        assertThat(json(get("/cloud/" + cloud + "/project/" + grandchild, owner.token())).path("parent_id").asLong())
                .isEqualTo(child);
        JsonNode badParent = CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project", owner.token(),
                "{\"name\": \"x\", \"parent_id\": 999999999}"), 400);
        assertThat(badParent.path("errors").has("parent_id")).isTrue();
        DeletionEventsRecorder.HEARD.clear();

        assertThat(send(request("/cloud/" + cloud + "/project/" + child, owner.token()).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(DeletionEventsRecorder.HEARD).containsExactly(new ProjectDeleted(cloud, grandchild),
                new ProjectDeleted(cloud, child));
        CollabFixture.problem(get("/cloud/" + cloud + "/project/" + grandchild, owner.token()), 404);
        assertThat(get("/cloud/" + cloud + "/project/" + parent, owner.token()).statusCode()).isEqualTo(200);
    }

    @Test
    void membersChangeRolesAndLeave() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created member = fixture.user("member");
        long cloud = fixture.cloud(owner, "Members");
        long project = fixture.project(owner, cloud, "P");
        long memberId = fixture.joinProject(owner, cloud, project, member, 50);
        String base = "/cloud/" + cloud + "/project/" + project;

        HttpResponse<String> promoted = sendJson("PATCH", base + "/user/" + memberId, owner.token(), "{\"role\": 100}");
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        assertThat(json(promoted).path("role").asInt()).isEqualTo(100);
        CollabFixture.problem(sendJson("PATCH", base + "/user/" + memberId, owner.token(), "{\"role\": 42}"), 400);
        long ownerMemberId = fixture.memberId(owner, cloud, project, owner);
        CollabFixture.problem(sendJson("PATCH", base + "/user/" + ownerMemberId, member.token(), "{\"role\": 25}"), 409);
        CollabFixture.problem(send(request(base + "/leave", owner.token()).POST(HttpRequest.BodyPublishers.noBody())),
                409);

        assertThat(send(request(base + "/leave", member.token()).POST(HttpRequest.BodyPublishers.noBody()))
                .statusCode()).isEqualTo(204);
        CollabFixture.problem(get(base, member.token()), 404);
        JsonNode logs = json(get(base + "/logs", owner.token()));
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : logs) {
            actions.add(entry.path("action").asString());
        }
        assertThat(actions).containsExactly("project.leave", "project.member.update", "invitation.create",
                "project.create");
        assertThat(logs.get(0).path("user_email").asString()).isEqualTo(member.email());
        assertThat(logs.get(0).path("project_name").asString()).isEqualTo("P");
    }

    @Test
    void demoProjectIsCalledDemo() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Demo cloud");
        HttpResponse<String> demo = send(request("/cloud/" + cloud + "/create-demo", owner.token())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(demo.statusCode()).as(demo.body()).isEqualTo(201);
        assertThat(json(demo).path("name").asString()).isEqualTo("Demo");
        assertThat(json(get("/cloud/" + cloud + "/project", owner.token())).size()).isEqualTo(1);
    }
}
