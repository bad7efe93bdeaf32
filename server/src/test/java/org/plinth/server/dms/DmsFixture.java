package org.plinth.server.dms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;

import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.TestUsers;

/** Users, clouds and projects over HTTP, and multipart uploads as a browser sends them. */
final class DmsFixture {

    static final String[] ALL_SCOPES = { "cloud:read", "cloud:manage", "org:manage", "document:read",
        "document:write", "user:read", "user:write" };
    static final String BOUNDARY = "----PlinthTestBoundary" + UUID.randomUUID().toString().replace("-", "");

    private final PlinthIntegrationTest test;

    DmsFixture(PlinthIntegrationTest test) {
        this.test = test;
    }

    TestUsers.Created user(String name) {
        return TestUsers.create(test, name + "@dms.test", false, ALL_SCOPES);
    }

    long cloud(TestUsers.Created owner) {
        HttpResponse<String> response = test.sendJson("POST", "/cloud", owner.token(), "{\"name\": \"DMS cloud\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PlinthIntegrationTest.json(response).path("id").asLong();
    }

    long project(TestUsers.Created owner, long cloudId) {
        HttpResponse<String> response = test.sendJson("POST", "/cloud/" + cloudId + "/project", owner.token(),
                "{\"name\": \"DMS project\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return PlinthIntegrationTest.json(response).path("id").asLong();
    }

    /** The multipart text before the file's bytes: the fields, then the file part's headers. */
    static String head(String fileName, String... fields) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"").append(fields[i])
                    .append("\"\r\n\r\n").append(fields[i + 1]).append("\r\n");
        }
        if (fileName != null) {
            body.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"")
                    .append(fileName).append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        }
        return body.toString();
    }

    static String tail(boolean hadFile) {
        return (hadFile ? "\r\n" : "") + "--" + BOUNDARY + "--\r\n";
    }

    /** Streams head, the file's bytes and tail; chunked, nothing held in memory on either side. */
    HttpResponse<String> upload(String token, long cloudId, long projectId, String fileName,
            Supplier<InputStream> content, String... fields) {
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.concat(
                HttpRequest.BodyPublishers.ofString(head(fileName, fields), StandardCharsets.UTF_8),
                HttpRequest.BodyPublishers.ofInputStream(content),
                HttpRequest.BodyPublishers.ofString(tail(fileName != null), StandardCharsets.UTF_8));
        return test.send(test.request("/cloud/" + cloudId + "/project/" + projectId + "/document", token)
                .timeout(java.time.Duration.ofMinutes(10))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY).POST(body));
    }

    HttpResponse<String> upload(String token, long cloudId, long projectId, String fileName, byte[] content,
            String... fields) {
        return upload(token, cloudId, projectId, fileName, () -> new java.io.ByteArrayInputStream(content), fields);
    }
}
