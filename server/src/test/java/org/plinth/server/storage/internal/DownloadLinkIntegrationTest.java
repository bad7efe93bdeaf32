package org.plinth.server.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.plinth.server.PlinthIntegrationTest;
import org.plinth.server.storage.DownloadLinks;
import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.StoredObject;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Signed links over real HTTP: whole file, ranges, tampering, expiry, a deleted file. */
class DownloadLinkIntegrationTest extends PlinthIntegrationTest {

    private static final byte[] CONTENT = "ISO-10303-21;\nHEADER;\nENDSEC;\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileStore store;

    @Autowired
    DownloadLinks links;

    @Autowired
    DownloadSigner signer;

    private StoredObject stored() throws IOException {
        return store.put(new ByteArrayInputStream(CONTENT), 1_000);
    }

    private HttpResponse<String> fetch(String url, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    @Test
    void servesTheFileWithItsNameWithoutABearerToken() throws IOException {
        StoredObject stored = stored();
        String url = links.url(stored.key(), "Maquette \"R+1\" é.ifc", "application/x-step");
        assertThat(url).startsWith(BASE_URL + "/storage/download/" + stored.key() + "?");

        HttpResponse<String> response = fetch(url);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(new String(CONTENT, StandardCharsets.US_ASCII));
        assertThat(response.headers().firstValue("Content-Type")).contains("application/x-step");
        assertThat(response.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Maquette _R+1_ _.ifc\"; filename*=UTF-8''Maquette%20%22R%2B1%22%20%C3%A9.ifc");
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(CONTENT.length));
    }

    @Test
    void servesByteRanges() throws IOException {
        StoredObject stored = stored();
        String url = links.url(stored.key(), "m.ifc", "application/x-step");

        HttpResponse<String> first = fetch(url, "Range", "bytes=0-2");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.body()).isEqualTo("ISO");
        assertThat(first.headers().firstValue("Content-Range")).contains("bytes 0-2/" + CONTENT.length);

        HttpResponse<String> suffix = fetch(url, "Range", "bytes=-7");
        assertThat(suffix.statusCode()).isEqualTo(206);
        assertThat(suffix.body()).isEqualTo("ENDSEC;\n".substring(1));

        HttpResponse<String> open = fetch(url, "Range", "bytes=4-");
        assertThat(open.body()).isEqualTo(new String(CONTENT, 4, CONTENT.length - 4, StandardCharsets.US_ASCII));

        HttpResponse<String> several = fetch(url, "Range", "bytes=0-1,4-5");
        assertThat(several.statusCode()).isEqualTo(200);
        assertThat(several.body()).hasSize(CONTENT.length);

        HttpResponse<String> outside = fetch(url, "Range", "bytes=1000-");
        assertThat(outside.statusCode()).isEqualTo(416);
        assertThat(outside.headers().firstValue("Content-Range")).contains("bytes */" + CONTENT.length);
        assertThat(outside.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void refusesTamperedLinks() throws IOException {
        StoredObject stored = stored();
        String url = links.url(stored.key(), "m.ifc", "application/x-step");

        for (String forged : new String[] {
                url.replace("name=m.ifc", "name=other.ifc"),
                url.replace("type=application%2Fx-step", "type=text%2Fhtml"),
                url.replaceFirst("expires=(\\d+)", "expires=9999999999"),
                url.substring(0, url.indexOf("&signature=")),
                url.replace("/storage/download/" + stored.key(), "/storage/download/" + "0".repeat(32)),
                BASE_URL + "/storage/download/etc-passwd?name=a&type=b&expires=9999999999&signature=x" }) {
            HttpResponse<String> response = fetch(forged);
            assertThat(response.statusCode()).as(forged).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).as(forged).contains("application/problem+json");
            assertThat(response.body()).doesNotContain("ISO-10303");
        }
        // An encoded slash never reaches the route: the server refuses the URL itself.
        HttpResponse<String> traversal = fetch(BASE_URL + "/storage/download/..%2F..%2Fetc%2Fpasswd?name=a&signature=x");
        assertThat(traversal.statusCode()).isEqualTo(400);
        assertThat(traversal.body()).doesNotContain("root:");
        HttpResponse<String> tampered = fetch(url.replace("name=m.ifc", "name=other.ifc"));
        JsonNode problem = json(tampered);
        assertThat(problem.path("status").asInt()).isEqualTo(403);
        assertThat(problem.path("detail").asString()).isEqualTo("The download link is not valid.");
    }

    @Test
    void refusesExpiredLinks() throws IOException {
        StoredObject stored = stored();
        long expired = signer.nowEpochSeconds() - 1;
        String url = BASE_URL + "/storage/download/" + stored.key() + "?name=m.ifc&type=text%2Fplain&expires=" + expired
                + "&signature=" + signer.sign(stored.key(), expired, "m.ifc", "text/plain");
        HttpResponse<String> response = fetch(url);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).path("detail").asString()).contains("expired");
    }

    @Test
    void answers404OnceTheFileIsGone() throws IOException {
        StoredObject stored = stored();
        String url = links.url(stored.key(), "m.ifc", "application/x-step");
        store.delete(stored.key());
        HttpResponse<String> response = fetch(url);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).path("status").asInt()).isEqualTo(404);
    }
}
