package org.plinth.server.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.dms.DocumentUploadIntegrationTest.problem;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import tools.jackson.databind.JsonNode;

/** Project tags and tags on documents, kept across new versions. */
class TagIntegrationTest extends PlinthIntegrationTest {

    @Test
    void tagsDocumentsAcrossVersions() {
        DmsFixture fixture = new DmsFixture(this);
        TestUsers.Created owner = fixture.user("tags");
        long cloudId = fixture.cloud(owner);
        long projectId = fixture.project(owner, cloudId);
        String p = "/cloud/" + cloudId + "/project/" + projectId;

        HttpResponse<String> created = sendJson("POST", p + "/tag", owner.token(), "{\"name\": \"Structure\", \"color\": \"#ff0000\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long tag = json(created).path("id").asLong();
        assertThat(json(created).path("color").asString()).isEqualTo("#ff0000");
        problem(sendJson("POST", p + "/tag", owner.token(), "{\"name\": \"Structure\"}"), 409);
        problem(sendJson("POST", p + "/tag", owner.token(), "{\"name\": \" \"}"), 400);

        HttpResponse<String> renamed = sendJson("PATCH", p + "/tag/" + tag, owner.token(), "{\"name\": \"Structural\"}");
        assertThat(json(renamed).path("name").asString()).isEqualTo("Structural");
        assertThat(json(renamed).path("color").asString()).isEqualTo("#ff0000");
        assertThat(json(get(p + "/tag", owner.token()))).extracting(n -> n.path("name").asString()).containsExactly("Structural");

        long v1 = json(fixture.upload(owner.token(), cloudId, projectId, "s.pdf",
                "%PDF-1.4 1".getBytes(StandardCharsets.US_ASCII))).path("id").asLong();
        HttpResponse<String> tagged = sendJson("POST", p + "/document/" + v1 + "/tag", owner.token(), "{\"tag_id\": " + tag + "}");
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(201);
        assertThat(json(tagged).path("tags")).extracting(n -> n.path("name").asString()).containsExactly("Structural");
        problem(sendJson("POST", p + "/document/" + v1 + "/tag", owner.token(), "{\"tag_id\": 999999999}"), 400);

        JsonNode v2 = json(fixture.upload(owner.token(), cloudId, projectId, "s.pdf",
                "%PDF-1.4 2".getBytes(StandardCharsets.US_ASCII)));
        assertThat(v2.path("tags")).extracting(n -> n.path("id").asLong()).containsExactly(tag);

        long head = v2.path("id").asLong();
        assertThat(send(request(p + "/document/" + head + "/tag/" + tag, owner.token()).DELETE()).statusCode()).isEqualTo(204);
        problem(send(request(p + "/document/" + head + "/tag/" + tag, owner.token()).DELETE()), 404);
        assertThat(json(get(p + "/document/" + head, owner.token())).path("tags")).isEmpty();

        assertThat(send(request(p + "/tag/" + tag, owner.token()).DELETE()).statusCode()).isEqualTo(204);
        problem(get(p + "/tag/" + tag, owner.token()), 404);
    }
}
