package org.plinth.server.dms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.plinth.server.dms.DocumentUploadIntegrationTest.problem;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.plinth.server.storage.FileStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Version history, document and folder updates, folder deletion with its files. */
class DocumentVersionsAndFoldersIntegrationTest extends PlinthIntegrationTest {

    @Autowired
    FileStore store;

    @Autowired
    JdbcClient jdbc;

    DmsFixture fixture;
    TestUsers.Created owner;
    long cloudId;
    long projectId;

    @BeforeEach
    void project() {
        fixture = new DmsFixture(this);
        owner = fixture.user("versions");
        cloudId = fixture.cloud(owner);
        projectId = fixture.project(owner, cloudId);
    }

    private String p() {
        return "/cloud/" + cloudId + "/project/" + projectId;
    }

    private long upload(String name, String content, String... fields) {
        HttpResponse<String> response = fixture.upload(owner.token(), cloudId, projectId, name,
                content.getBytes(StandardCharsets.US_ASCII), fields);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asLong();
    }

    private long folder(String name, Long parentId) {
        HttpResponse<String> response = sendJson("POST", p() + "/folder", owner.token(), parentId == null
                ? "{\"name\": \"" + name + "\"}" : "{\"name\": \"" + name + "\", \"parent_id\": " + parentId + "}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("id").asLong();
    }

    private HttpResponse<String> delete(String path, String body) {
        HttpRequest.Builder request = request(path, owner.token());
        if (body == null) {
            return send(request.DELETE());
        }
        return send(request.header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body)));
    }

    private String key(long documentId) {
        return jdbc.sql("SELECT object_key FROM dms_document WHERE id = :id").param("id", documentId)
                .query(String.class).single();
    }

    private boolean stored(String key) throws IOException {
        return store.exists(key);
    }

    @Test
    void historiesListAndSwitchVersions() throws IOException {
        long v1 = upload("plan.pdf", "%PDF-1.4 one");
        long v2 = upload("plan.pdf", "%PDF-1.4 two");
        long v3 = upload("plan.pdf", "%PDF-1.4 three");

        JsonNode history = json(get(p() + "/document/" + v3 + "/history", owner.token()));
        assertThat(history).extracting(n -> n.path("id").asLong()).containsExactly(v3, v2, v1);
        assertThat(history).extracting(n -> n.path("history_count").asInt()).containsOnly(3);

        HttpResponse<String> made = send(request(p() + "/document/" + v3 + "/history/" + v1 + "/head-version",
                owner.token()).POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(json(made).path("is_head_version").asBoolean()).isTrue();
        assertThat(json(get(p() + "/document/" + v3, owner.token())).path("head_id").asLong()).isEqualTo(v1);
        assertThat(json(get(p() + "/document", owner.token()))).extracting(n -> n.path("id").asLong()).containsExactly(v1);

        // A version of another document is not a version of this one.
        long other = upload("other.pdf", "%PDF-1.4 x");
        problem(send(request(p() + "/document/" + v1 + "/history/" + other + "/head-version", owner.token())
                .POST(HttpRequest.BodyPublishers.noBody())), 404);

        String k1 = key(v1);
        String k3 = key(v3);
        assertThat(delete(p() + "/document/" + v1 + "/history/delete", null).statusCode()).isEqualTo(204);
        assertThat(stored(k1)).isFalse();
        assertThat(stored(k3)).isFalse();
        problem(get(p() + "/document/" + v2, owner.token()), 404);
    }

    @Test
    void documentsAreRenamedAndMoved() {
        long folder = folder("Plans", null);
        long id = upload("a.pdf", "%PDF-1.4");
        HttpResponse<String> updated = sendJson("PATCH", p() + "/document/" + id, owner.token(),
                "{\"name\": \"Ground floor\", \"parent_id\": " + folder + ", \"description\": \"rev B\"}");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode document = json(updated);
        assertThat(document.path("name").asString()).isEqualTo("Ground floor");
        assertThat(document.path("parent_id").asLong()).isEqualTo(folder);
        assertThat(document.path("description").asString()).isEqualTo("rev B");
        assertThat(document.path("path").asString()).isEqualTo("/Plans/Ground floor");
        assertThat(json(get(p() + "/folder/" + folder + "/document", owner.token())))
                .extracting(n -> n.path("id").asLong()).containsExactly(id);

        problem(sendJson("PATCH", p() + "/document/" + id, owner.token(), "{\"name\": \"../../x\"}"), 400);
        problem(sendJson("PATCH", p() + "/document/" + id, owner.token(), "{\"parent_id\": 987654321}"), 400);
        assertThat(json(get(p() + "/document/" + id, owner.token())).path("name").asString()).isEqualTo("Ground floor");
    }

    @Test
    void treesShowFoldersAndDocuments() {
        long a = folder("A", null);
        long b = folder("B", a);
        long doc = upload("in-b.pdf", "%PDF-1.4", "parent_id", Long.toString(b));

        JsonNode folderTree = json(get("/cloud/" + cloudId + "/project/" + projectId + "/folder-tree", owner.token()));
        assertThat(folderTree).hasSize(1);
        JsonNode rootA = folderTree.get(0).path("children").get(0);
        assertThat(rootA.path("name").asString()).isEqualTo("A");
        assertThat(rootA.path("children").get(0).path("id").asLong()).isEqualTo(b);

        JsonNode tree = json(get("/cloud/" + cloudId + "/project/" + projectId + "/dms-tree", owner.token()));
        assertThat(tree.path("type").asString()).isEqualTo("Folder");
        assertThat(tree.path("parent_id").isNull()).isTrue();
        JsonNode inB = tree.path("children").get(0).path("children").get(0).path("children").get(0);
        assertThat(inB.path("type").asString()).isEqualTo("Document");
        assertThat(inB.path("id").asLong()).isEqualTo(doc);
        assertThat(inB.path("file").asString()).contains("/storage/download/");
        JsonNode withoutUrls = json(get("/cloud/" + cloudId + "/project/" + projectId + "/dms-tree?without_urls=true",
                owner.token()));
        assertThat(withoutUrls.path("children").get(0).path("children").get(0).path("children").get(0).path("file")
                .isNull()).isTrue();
    }

    @Test
    void foldersCannotMoveIntoThemselves() {
        long a = folder("A", null);
        long b = folder("B", a);
        long c = folder("C", b);
        JsonNode cycle = problem(sendJson("PATCH", p() + "/folder/" + a, owner.token(), "{\"parent_id\": " + c + "}"), 400);
        assertThat(cycle.path("errors").has("parent_id")).isTrue();
        problem(sendJson("PATCH", p() + "/folder/" + a, owner.token(), "{\"parent_id\": " + a + "}"), 400);

        HttpResponse<String> renamed = sendJson("PATCH", p() + "/folder/" + c, owner.token(),
                "{\"name\": \"C2\", \"parent_id\": " + a + ", \"default_permission\": 50}");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(json(renamed).path("name").asString()).isEqualTo("C2");
        assertThat(json(renamed).path("parent_id").asLong()).isEqualTo(a);
        assertThat(json(renamed).path("default_permission").asInt()).isEqualTo(50);
    }

    @Test
    void deletingFoldersDeletesTheirDocumentsAndFiles() throws IOException {
        long a = folder("A", null);
        long b = folder("B", a);
        long inB = upload("in-b.pdf", "%PDF-1.4 b", "parent_id", Long.toString(b));
        long kept = upload("kept.pdf", "%PDF-1.4 k");
        String keyB = key(inB);

        assertThat(delete(p() + "/folder/" + a, null).statusCode()).isEqualTo(204);
        problem(get(p() + "/folder/" + b, owner.token()), 404);
        problem(get(p() + "/document/" + inB, owner.token()), 404);
        assertThat(stored(keyB)).isFalse();
        assertThat(get(p() + "/document/" + kept, owner.token()).statusCode()).isEqualTo(200);

        long x = folder("X", null);
        long y = folder("Y", null);
        assertThat(delete(p() + "/folder/bulk_destroy", "[" + x + ", " + y + "]").statusCode()).isEqualTo(204);
        problem(get(p() + "/folder/" + x, owner.token()), 404);

        // The root folder stays; its content goes.
        long root = -1;
        for (JsonNode folder : json(get(p() + "/folder", owner.token()))) {
            if (folder.path("parent_id").isNull()) {
                root = folder.path("id").asLong();
            }
        }
        String keptKey = key(kept);
        assertThat(delete(p() + "/folder/" + root, null).statusCode()).isEqualTo(204);
        assertThat(get(p() + "/folder/" + root, owner.token()).statusCode()).isEqualTo(200);
        assertThat(json(get(p() + "/document", owner.token()))).isEmpty();
        assertThat(stored(keptKey)).isFalse();
    }

    @Test
    void bulkDeletesAllOrNothing() throws IOException {
        long one = upload("1.pdf", "%PDF-1.4 1");
        long two = upload("2.pdf", "%PDF-1.4 2");
        problem(delete(p() + "/document/bulk_destroy", "[" + one + ", 999999999]"), 404);
        assertThat(stored(key(one))).isTrue();
        assertThat(get(p() + "/document/" + one, owner.token()).statusCode()).isEqualTo(200);

        String k1 = key(one);
        assertThat(delete(p() + "/document/bulk_destroy", "[" + one + ", " + two + "]").statusCode()).isEqualTo(204);
        assertThat(json(get(p() + "/document", owner.token()))).isEmpty();
        assertThat(stored(k1)).isFalse();
    }
}
