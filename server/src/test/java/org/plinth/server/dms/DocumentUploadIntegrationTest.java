package org.plinth.server.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;
import org.plinth.server.platform.PlinthProperties;
import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.GeneratedContent;
import org.plinth.server.storage.ObjectKeys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Uploads over real HTTP into the real store and database: round trip, versions, bad input, deletion. */
class DocumentUploadIntegrationTest extends PlinthIntegrationTest {

    /** Every field BIMData's {@code Document} schema marks required (models.tsv). */
    static final List<String> DOCUMENT_FIELDS = List.of("id", "created_by", "project", "name", "file", "file_type",
            "size", "tags", "visas", "created_at", "updated_at", "model_id", "model_type", "ifc_id", "head_id",
            "is_head_version", "history_count", "user_permission", "office_preview", "path");
    static final List<String> FOLDER_FIELDS = List.of("id", "type", "nature", "name", "created_at", "updated_at",
            "created_by", "groups_permissions", "user_permission");

    static final byte[] IFC = """
            ISO-10303-21;
            HEADER;
            FILE_DESCRIPTION(('ViewDefinition [CoordinationView]'),'2;1');
            ENDSEC;
            DATA;
            #1=IFCPROJECT('0YvctVUKr0kugbFTf53O9L',$,'P',$,$,$,$,$,$);
            ENDSEC;
            END-ISO-10303-21;
            """.getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlinthProperties properties;

    DmsFixture fixture;
    TestUsers.Created owner;
    long cloudId;
    long projectId;

    @BeforeEach
    void project() {
        fixture = new DmsFixture(this);
        owner = fixture.user("owner");
        cloudId = fixture.cloud(owner);
        projectId = fixture.project(owner, cloudId);
    }

    private String documents() {
        return "/cloud/" + cloudId + "/project/" + projectId + "/document";
    }

    @Test
    void uploadsAndDownloadsTheSameBytes() throws Exception {
        HttpResponse<String> created = fixture.upload(owner.token(), cloudId, projectId, "tower.ifc", IFC,
                "name", "Tower", "description", "Structure");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode document = json(created);
        for (String field : DOCUMENT_FIELDS) {
            assertThat(document.has(field)).as("Document field %s in %s", field, created.body()).isTrue();
        }
        assertThat(document.path("name").asString()).isEqualTo("Tower");
        assertThat(document.path("file_name").asString()).isEqualTo("tower.ifc");
        assertThat(document.path("description").asString()).isEqualTo("Structure");
        assertThat(document.path("size").asLong()).isEqualTo(IFC.length);
        assertThat(document.path("file_type").asString()).isEqualTo("application/x-step");
        assertThat(document.path("model_type").asString()).isEqualTo("IFC");
        assertThat(document.path("project").asLong()).isEqualTo(projectId);
        assertThat(document.path("is_head_version").asBoolean()).isTrue();
        assertThat(document.path("head_id").isNull()).isTrue();
        assertThat(document.path("history_count").asInt()).isEqualTo(1);
        assertThat(document.path("user_permission").asInt()).isEqualTo(100);
        assertThat(document.path("path").asString()).isEqualTo("/Tower");
        assertThat(document.path("created_by").path("email").asString()).isEqualTo(owner.email());

        HttpResponse<byte[]> download = http.send(HttpRequest.newBuilder(URI.create(document.path("file").asString()))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(IFC);
        assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("filename=\"tower.ifc\"");

        HttpResponse<String> fetched = get(documents() + "/" + document.path("id").asLong(), owner.token());
        assertThat(fetched.statusCode()).isEqualTo(200);
        assertThat(json(fetched).path("name").asString()).isEqualTo("Tower");
        assertThat(json(get(documents(), owner.token()))).extracting(n -> n.path("name").asString()).containsExactly("Tower");
    }

    @Test
    void sniffsTheTypeFromTheBytesNotTheName() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode document = json(fixture.upload(owner.token(), cloudId, projectId, "model.ifc", pdf));
        assertThat(document.path("file_type").asString()).isEqualTo("application/pdf");
        assertThat(document.path("model_type").asString()).isEqualTo("PDF");
        JsonNode text = json(fixture.upload(owner.token(), cloudId, projectId, "notes.pdf",
                "just text".getBytes(StandardCharsets.US_ASCII)));
        assertThat(text.path("file_type").asString()).isEqualTo("application/octet-stream");
        assertThat(text.path("model_type").isNull()).isTrue();
    }

    @Test
    void theSameNameInTheSameFolderMakesANewVersion() {
        long first = json(fixture.upload(owner.token(), cloudId, projectId, "plan.pdf",
                "%PDF-1.4 v1".getBytes(StandardCharsets.US_ASCII))).path("id").asLong();
        JsonNode second = json(fixture.upload(owner.token(), cloudId, projectId, "plan.pdf",
                "%PDF-1.4 v2".getBytes(StandardCharsets.US_ASCII)));
        assertThat(second.path("is_head_version").asBoolean()).isTrue();
        assertThat(second.path("history_count").asInt()).isEqualTo(2);

        JsonNode old = json(get(documents() + "/" + first, owner.token()));
        assertThat(old.path("is_head_version").asBoolean()).isFalse();
        assertThat(old.path("head_id").asLong()).isEqualTo(second.path("id").asLong());
        assertThat(json(get(documents(), owner.token()))).extracting(n -> n.path("id").asLong())
                .containsExactly(second.path("id").asLong());

        String firstKey = objectKey(first);
        assertThat(send(request(documents() + "/" + second.path("id").asLong(), owner.token()).DELETE()).statusCode())
                .isEqualTo(204);
        assertThat(get(documents() + "/" + first, owner.token()).statusCode()).isEqualTo(404);
        assertThat(exists(firstKey)).isFalse();
    }

    @Test
    void foldersHoldDocuments() {
        HttpResponse<String> folder = sendJson("POST", "/cloud/" + cloudId + "/project/" + projectId + "/folder",
                owner.token(), "{\"name\": \"Plans\"}");
        assertThat(folder.statusCode()).as(folder.body()).isEqualTo(201);
        JsonNode created = json(folder);
        for (String field : FOLDER_FIELDS) {
            assertThat(created.has(field)).as("Folder field %s", field).isTrue();
        }
        long folderId = created.path("id").asLong();
        JsonNode document = json(fixture.upload(owner.token(), cloudId, projectId, "a.pdf",
                "%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "parent_id", Long.toString(folderId)));
        assertThat(document.path("parent_id").asLong()).isEqualTo(folderId);
        assertThat(document.path("path").asString()).isEqualTo("/Plans/a.pdf");
        assertThat(json(get("/cloud/" + cloudId + "/project/" + projectId + "/folder", owner.token())))
                .extracting(n -> n.path("name").asString()).contains("Plans");
    }

    @Test
    void badUploadsChangeNothing() throws Exception {
        long filesBefore = storedFiles();
        long rowsBefore = documentRows();
        byte[] ifc = IFC;

        problem(send(request(documents(), owner.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"x\"}"))), 415);
        JsonNode missing = problem(fixture.upload(owner.token(), cloudId, projectId, null, new byte[0], "name", "x"), 400);
        assertThat(missing.path("errors").has("file")).isTrue();
        JsonNode empty = problem(fixture.upload(owner.token(), cloudId, projectId, "e.ifc", new byte[0]), 400);
        assertThat(empty.path("errors").path("file").get(0).asString()).contains("empty");
        JsonNode traversal = problem(fixture.upload(owner.token(), cloudId, projectId, "x.ifc", ifc,
                "name", "../../x"), 400);
        assertThat(traversal.path("errors").has("name")).isTrue();
        problem(fixture.upload(owner.token(), cloudId, projectId, "../../etc/passwd", ifc), 400);
        problem(fixture.upload(owner.token(), cloudId, projectId, "x.ifc", ifc, "name", "n".repeat(600)), 400);
        JsonNode parent = problem(fixture.upload(owner.token(), cloudId, projectId, "x.ifc", ifc,
                "parent_id", "999999999"), 400);
        assertThat(parent.path("errors").has("parent_id")).isTrue();
        problem(fixture.upload(owner.token(), cloudId, projectId, "x.ifc", ifc, "parent_id", "abc"), 400);
        // Truncated multipart: the closing boundary never comes.
        problem(send(request(documents(), owner.token())
                .header("Content-Type", "multipart/form-data; boundary=" + DmsFixture.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofString(DmsFixture.head("t.ifc") + "ISO-10303-21;"))), 400);
        problem(send(request(documents(), owner.token()).header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofString("x"))), 400);

        assertThat(storedFiles()).isEqualTo(filesBefore);
        assertThat(documentRows()).isEqualTo(rowsBefore);
    }

    @Test
    void declaredTooLargeUploadsAreRefusedBeforeReading() throws IOException {
        long tooLarge = properties.files().maxUploadSize().toBytes() + 2L * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", PORT)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + documents() + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + owner.token()
                    + "\r\nContent-Type: multipart/form-data; boundary=" + DmsFixture.BOUNDARY
                    + "\r\nContent-Length: " + tooLarge + "\r\n\r\n" + DmsFixture.head("big.ifc"))
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            String response = new String(socket.getInputStream().readNBytes(4096), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 413");
            assertThat(response).contains("application/problem+json").contains("exceeds the limit");
        }
    }

    @Test
    void outsidersSeeNothing() {
        TestUsers.Created stranger = fixture.user("stranger");
        problem(get(documents(), stranger.token()), 404);
        problem(fixture.upload(stranger.token(), cloudId, projectId, "x.ifc", IFC), 404);
        TestUsers.Created reader = TestUsers.create(this, "reader@dms.test", false, "document:read");
        problem(fixture.upload(reader.token(), cloudId, projectId, "x.ifc", IFC), 403);
    }

    @Test
    void deletingTheProjectDeletesItsFiles() {
        long id = json(fixture.upload(owner.token(), cloudId, projectId, "gone.ifc", IFC)).path("id").asLong();
        String key = objectKey(id);
        assertThat(exists(key)).isTrue();
        HttpResponse<String> deleted = send(request("/cloud/" + cloudId + "/project/" + projectId, owner.token()).DELETE());
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        assertThat(exists(key)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM dms_document WHERE project_id = :p").param("p", projectId)
                .query(Long.class).single()).isZero();
    }

    /**
     * 400 MB generated on the fly, streamed over HTTP into the store and back: the hash matches,
     * and the old generation's peak grows by far less than the file. A copy of the file in memory
     * would be one huge array (G1 allocates those in the old generation directly) or would survive
     * long enough to be promoted; the young generation only holds short-lived buffers.
     */
    @Test
    void streamsLargeUploads() throws Exception {
        long size = 400L * 1024 * 1024;
        String expected = GeneratedContent.sha256(size, 99);
        System.gc();
        long heapBefore = heapPeaksReset();
        long started = System.nanoTime();
        HttpResponse<String> created = fixture.upload(owner.token(), cloudId, projectId, "large.bin",
                () -> new GeneratedContent(size, 99));
        double seconds = (System.nanoTime() - started) / 1e9;
        long heapPeak = heapPeak();
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode document = json(created);
        assertThat(document.path("size").asLong()).isEqualTo(size);
        System.out.printf("Upload of %d MB over HTTP: %.1f s, %.0f MB/s; old generation peak %d MB (before %d MB)%n",
                size >> 20, seconds, (size >> 20) / seconds, heapPeak >> 20, heapBefore >> 20);
        assertThat(heapPeak - heapBefore).as("old generation peak growth while uploading %d bytes", size)
                .isLessThan(size / 4);

        HttpResponse<InputStream> download = http.send(HttpRequest.newBuilder(URI.create(document.path("file").asString()))
                .GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long read = 0;
        try (InputStream in = download.body()) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                read += n;
            }
        }
        assertThat(read).isEqualTo(size);
        assertThat(ObjectKeys.hex(digest.digest())).isEqualTo(expected);
        assertThat(send(request(documents() + "/" + document.path("id").asLong(), owner.token()).DELETE()).statusCode())
                .isEqualTo(204);
    }

    private static long heapPeaksReset() {
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (isOldGeneration(pool)) {
                pool.resetPeakUsage();
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }

    private static long heapPeak() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (isOldGeneration(pool)) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static boolean isOldGeneration(MemoryPoolMXBean pool) {
        return pool.getType() == MemoryType.HEAP && (pool.getName().contains("Old") || pool.getName().contains("Tenured"));
    }

    private String objectKey(long documentId) {
        return jdbc.sql("SELECT object_key FROM dms_document WHERE id = :id").param("id", documentId)
                .query(String.class).single();
    }

    private boolean exists(String key) {
        try {
            return store.exists(key);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long storedFiles() throws IOException {
        Path root = properties.dataDir().resolve("files");
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private long documentRows() {
        return jdbc.sql("SELECT count(*) FROM dms_document").query(Long.class).single();
    }

    static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.path("status").asInt()).isEqualTo(status);
        return body;
    }
}
