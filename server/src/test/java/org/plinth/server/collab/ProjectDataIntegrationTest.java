package org.plinth.server.collab;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Project access tokens, groups, classifications and importing from another project, over HTTP. */
class ProjectDataIntegrationTest extends PlinthIntegrationTest {

    private final CollabFixture fixture = new CollabFixture(this);

    @Autowired
    JdbcClient jdbc;

    @Test
    void projectAccessTokenWorksOnItsProjectOnlyWithItsScopesUntilDeletedOrExpired() {
        TestUsers.Created owner = fixture.user("owner");
        long cloud = fixture.cloud(owner, "Tokens");
        long project = fixture.project(owner, cloud, "Mine");
        long other = fixture.project(owner, cloud, "Other");
        String base = "/cloud/" + cloud + "/project/" + project;
        sendJson("POST", base + "/classification", owner.token(), "[{\"name\": \"Uniformat\", \"notation\": \"B20\"}]");

        String token = fixture.projectToken(owner, cloud, project, "ifc:read", "document:read");
        assertThat(token).hasSize(40);
        JsonNode listed = json(get(base + "/access-token", owner.token()));
        assertThat(listed.get(0).path("token").asString()).isEqualTo(token);
        assertThat(listed.get(0).path("scopes").toString()).contains("ifc:read");

        assertThat(json(get(base + "/classification", token)).get(0).path("notation").asString()).isEqualTo("B20");
        assertThat(json(get(base, token)).path("name").asString()).isEqualTo("Mine");
        CollabFixture.problem(sendJson("POST", base + "/classification", token, "[{\"name\": \"x\"}]"), 403);
        CollabFixture.problem(get("/cloud/" + cloud + "/project/" + other + "/classification", token), 403);
        CollabFixture.problem(get("/cloud/" + cloud, token), 403);
        CollabFixture.problem(get("/user", token), 403);
        CollabFixture.problem(get(base + "/access-token", token), 403);

        jdbc.sql("UPDATE project_access_token SET expires_at = now() - interval '1 second' WHERE token = :t")
                .param("t", token).update();
        HttpResponse<String> expired = get(base + "/classification", token);
        CollabFixture.problem(expired, 401);
        assertThat(expired.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");

        String second = fixture.projectToken(owner, cloud, project, "ifc:read");
        assertThat(send(request(base + "/access-token/" + second, owner.token()).DELETE()).statusCode()).isEqualTo(204);
        CollabFixture.problem(get(base + "/classification", second), 401);
        CollabFixture.problem(sendJson("POST", base + "/access-token", owner.token(), "{\"scopes\": [\"org:manage\"]}"),
                400);
    }

    @Test
    void groupsAreManagedByAdminsAndReadByTheirMembers() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created member = fixture.user("member");
        long cloud = fixture.cloud(owner, "Groups");
        long project = fixture.project(owner, cloud, "P");
        long memberId = fixture.joinProject(owner, cloud, project, member, 50);
        String base = "/cloud/" + cloud + "/project/" + project;

        HttpResponse<String> created = sendJson("POST", base + "/group", owner.token(), """
                {"name": "Structure", "short_name": "STR", "color": "#ff0000"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long group = json(created).path("id").asLong();
        HttpResponse<String> added = sendJson("POST", base + "/group/" + group + "/member", member.token(),
                "{\"userproject_id\": " + memberId + "}");
        CollabFixture.problem(added, 403);
        added = sendJson("POST", base + "/group/" + group + "/member", owner.token(),
                "{\"userproject_id\": " + memberId + "}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        assertThat(json(added).path("user_id").asLong()).isEqualTo(member.id());

        JsonNode mine = json(get(base + "/me/group", member.token()));
        assertThat(mine.size()).isEqualTo(1);
        assertThat(mine.get(0).path("members").get(0).path("email").asString()).isEqualTo(member.email());
        assertThat(json(get(base + "/me/group/" + group, member.token())).path("short_name").asString()).isEqualTo("STR");
        assertThat(json(get(base + "/me/group", owner.token())).size()).isZero();

        HttpResponse<String> renamed = sendJson("PATCH", base + "/group/" + group, owner.token(), "{\"name\": \"Struct\"}");
        assertThat(json(renamed).path("name").asString()).isEqualTo("Struct");
        assertThat(json(renamed).path("color").asString()).isEqualTo("#ff0000");

        long target = fixture.project(owner, cloud, "Q");
        HttpResponse<String> imported = sendJson("POST", "/cloud/" + cloud + "/project/" + target + "/import_from",
                owner.token(), "{\"project_id\": " + project + ", \"import_groups\": true}");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode copied = json(get("/cloud/" + cloud + "/project/" + target + "/group", owner.token()));
        assertThat(copied.size()).isEqualTo(1);
        assertThat(copied.get(0).path("name").asString()).isEqualTo("Struct");
        CollabFixture.problem(sendJson("POST", "/cloud/" + cloud + "/project/" + target + "/import_from",
                owner.token(), "{\"project_id\": " + project + ", \"import_dms\": true}"), 400);

        HttpResponse<String> again = sendJson("POST", "/cloud/" + cloud + "/project/" + target + "/group/import",
                owner.token(), "{\"group_ids\": [" + group + "], \"redirect_uri\": \"http://127.0.0.1:9/x\"}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(json(get("/cloud/" + cloud + "/project/" + target + "/group", owner.token())).size()).isEqualTo(2);

        assertThat(send(request(base + "/group/" + group + "/member/" + memberId, owner.token()).DELETE())
                .statusCode()).isEqualTo(204);
        assertThat(json(get(base + "/me/group", member.token())).size()).isZero();
        assertThat(send(request(base + "/group/" + group, owner.token()).DELETE()).statusCode()).isEqualTo(204);
        CollabFixture.problem(get(base + "/group/" + group, owner.token()), 404);
    }

    @Test
    void classificationsAreCreatedInBulkAndEditedByProjectUsers() {
        TestUsers.Created owner = fixture.user("owner");
        TestUsers.Created guest = fixture.user("guest");
        long cloud = fixture.cloud(owner, "Classes");
        long project = fixture.project(owner, cloud, "P");
        fixture.joinProject(owner, cloud, project, guest, 25);
        String base = "/cloud/" + cloud + "/project/" + project + "/classification";

        HttpResponse<String> created = sendJson("POST", base, owner.token(), """
                [{"name": "Uniformat", "notation": "B2010", "title": "Exterior walls"},
                 {"name": "Uniformat", "notation": "B2020", "title": "Exterior windows"}]""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(json(created).size()).isEqualTo(2);
        long id = json(created).get(1).path("id").asLong();
        assertThat(json(get(base, guest.token())).size()).isEqualTo(2);
        CollabFixture.problem(sendJson("PATCH", base + "/" + id, guest.token(), "{\"title\": \"x\"}"), 403);
        HttpResponse<String> updated = sendJson("PATCH", base + "/" + id, owner.token(), "{\"title\": \"Windows\"}");
        assertThat(json(updated).path("title").asString()).isEqualTo("Windows");
        assertThat(json(updated).path("notation").asString()).isEqualTo("B2020");
        assertThat(send(request(base + "/" + id, owner.token()).DELETE()).statusCode()).isEqualTo(204);
        CollabFixture.problem(get(base + "/" + id, owner.token()), 404);
        CollabFixture.problem(sendJson("POST", base, owner.token(), "[]"), 400);
    }
}
