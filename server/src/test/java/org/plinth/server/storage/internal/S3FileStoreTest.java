package org.plinth.server.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plinth.server.platform.PlinthProperties;
import org.plinth.server.storage.GeneratedContent;
import org.plinth.server.storage.S3MockServer;
import org.plinth.server.storage.StoredObject;
import org.plinth.server.storage.UploadTooLargeException;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The S3 store against a real S3-compatible server (s3mock, its own process). */
class S3FileStoreTest {

    private static S3MockServer server;
    private static S3FileStore store;
    private static S3Client client;

    @BeforeAll
    static void startS3() throws IOException, InterruptedException {
        server = S3MockServer.start();
        PlinthProperties.S3 settings = new PlinthProperties.S3(server.endpoint(), S3MockServer.BUCKET, "us-east-1",
                "test-access-key", "test-secret-key", true, DataSize.ofMegabytes(5), true);
        store = StorageConfiguration.s3FileStore(settings);
        client = S3Client.builder().endpointOverride(URI.create(server.endpoint())).region(Region.US_EAST_1)
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("a", "b"))).build();
    }

    @AfterAll
    static void stopS3() throws InterruptedException {
        if (client != null) {
            client.close();
        }
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void storesSmallFilesWithOnePut() throws IOException {
        byte[] content = "%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII);
        StoredObject stored = store.put(new ByteArrayInputStream(content), 1000);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(store.size(stored.key())).contains((long) content.length);
        try (InputStream in = store.open(stored.key(), 0, -1)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.open(stored.key(), 1, 3)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("PDF");
        }
        store.delete(stored.key());
        assertThat(store.exists(stored.key())).isFalse();
    }

    @Test
    void storesLargeFilesAsMultipartUploads() throws IOException {
        long size = 23L * 1024 * 1024 + 17;
        StoredObject stored = store.put(new GeneratedContent(size, 7), Long.MAX_VALUE);

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(GeneratedContent.sha256(size, 7));
        // A multipart object's ETag ends in -<parts>: 23 MB in 5 MB parts = 5 parts.
        String etag = client.headObject(b -> b.bucket(S3MockServer.BUCKET).key(stored.key())).eTag();
        assertThat(etag.replace("\"", "")).endsWith("-5");
        try (InputStream in = store.open(stored.key(), size - 10, -1)) {
            assertThat(in.readAllBytes()).hasSize(10);
        }
        try (InputStream in = store.open(stored.key(), 0, -1)) {
            java.security.MessageDigest digest = Sha256.newDigest();
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            assertThat(org.plinth.server.storage.ObjectKeys.hex(digest.digest())).isEqualTo(stored.sha256());
        }
        store.delete(stored.key());
    }

    @Test
    void tooLargeUploadsAreAbortedWithoutLeftovers() {
        long before = objectCount();
        assertThatThrownBy(() -> store.put(new GeneratedContent(12L * 1024 * 1024, 3), 11L * 1024 * 1024))
                .isInstanceOf(UploadTooLargeException.class);
        assertThat(objectCount()).isEqualTo(before);
        assertThat(client.listMultipartUploads(b -> b.bucket(S3MockServer.BUCKET)).uploads()).isEmpty();
    }

    @Test
    void presignedUrlsDownloadWithTheFileName() throws Exception {
        StoredObject stored = store.put(new ByteArrayInputStream("hello".getBytes(StandardCharsets.US_ASCII)), 100);
        URI url = store.directDownloadUrl(stored.key(), "plan é.pdf", "application/pdf", Duration.ofMinutes(5)).orElseThrow();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo("hello");
        assertThat(url.getQuery()).contains("X-Amz-Signature").contains("X-Amz-Expires=300");
        store.delete(stored.key());
    }

    private static long objectCount() {
        return client.listObjectsV2(b -> b.bucket(S3MockServer.BUCKET)).keyCount();
    }
}
