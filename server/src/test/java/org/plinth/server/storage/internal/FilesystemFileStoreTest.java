package org.plinth.server.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plinth.server.storage.GeneratedContent;
import org.plinth.server.storage.ObjectKeys;
import org.plinth.server.storage.StoredObject;
import org.plinth.server.storage.UploadTooLargeException;

class FilesystemFileStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesReadsRangesAndDeletes() throws IOException {
        FilesystemFileStore store = new FilesystemFileStore(dir.resolve("files"));
        byte[] content = "ISO-10303-21;\nHEADER;\n".getBytes(StandardCharsets.US_ASCII);
        StoredObject stored = store.put(new ByteArrayInputStream(content), 1000);

        assertThat(ObjectKeys.isValid(stored.key())).isTrue();
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256Of(content));
        assertThat(store.pathOf(stored.key())).isEqualTo(dir.resolve("files").toAbsolutePath()
                .resolve(stored.key().substring(0, 2)).resolve(stored.key().substring(2, 4)).resolve(stored.key()));
        try (InputStream in = store.open(stored.key(), 0, -1)) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        try (InputStream in = store.open(stored.key(), 4, 5)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("10303");
        }
        assertThat(store.size(stored.key())).contains((long) content.length);
        assertThat(store.exists(stored.key())).isTrue();
        assertThat(store.directDownloadUrl(stored.key(), "a.ifc", "application/x-step", Duration.ofMinutes(1))).isEmpty();

        store.delete(stored.key());
        assertThat(store.exists(stored.key())).isFalse();
        store.delete(stored.key());
        assertThat(store.tempFileCount()).isZero();
    }

    @Test
    void emptyUploadsAreStoredToo() throws IOException {
        FilesystemFileStore store = new FilesystemFileStore(dir);
        StoredObject stored = store.put(InputStream.nullInputStream(), 10);
        assertThat(stored.size()).isZero();
        assertThat(stored.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void tooLargeUploadsLeaveNothingBehind() throws IOException {
        FilesystemFileStore store = new FilesystemFileStore(dir.resolve("files"));
        assertThatThrownBy(() -> store.put(new GeneratedContent(1_000_001, 1), 1_000_000))
                .isInstanceOf(UploadTooLargeException.class)
                .satisfies(e -> assertThat(((UploadTooLargeException) e).getBody().getStatus()).isEqualTo(413));
        assertThat(store.tempFileCount()).isZero();
        assertThat(storedFileCount()).isZero();
        // Exactly at the limit is fine.
        assertThat(store.put(new GeneratedContent(1_000_000, 1), 1_000_000).size()).isEqualTo(1_000_000);
    }

    @Test
    void interruptedUploadsLeaveNothingBehind() throws IOException {
        FilesystemFileStore store = new FilesystemFileStore(dir.resolve("files"));
        InputStream breaking = new GeneratedContent(10_000_000, 2) {
            private long read;

            @Override
            public int read(byte[] target, int offset, int length) {
                read += length;
                if (read > 3_000_000) {
                    throw new java.io.UncheckedIOException(new IOException("connection reset by peer"));
                }
                return super.read(target, offset, length);
            }
        };
        assertThatThrownBy(() -> store.put(breaking, Long.MAX_VALUE)).hasMessageContaining("connection reset");
        assertThat(store.tempFileCount()).isZero();
        assertThat(storedFileCount()).isZero();
    }

    @Test
    void refusesKeysThatAreNotObjectKeys() throws IOException {
        FilesystemFileStore store = new FilesystemFileStore(dir.resolve("files"));
        assertThatThrownBy(() -> store.open("../../../etc/passwd", 0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.delete("ABCDEF0123456789abcdef0123456789")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.size("0123456789abcdef0123456789abcde/")).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * 300 MB stream through the store: the hash equals the one computed independently, and the
     * thread allocates a small fraction of the size (64 KB buffers, no copy of the file in memory).
     */
    @Test
    void streamsLargeUploadsWithoutHoldingThem() throws IOException {
        FilesystemFileStore store = new FilesystemFileStore(dir.resolve("files"));
        long size = 300L * 1024 * 1024;
        String expected = GeneratedContent.sha256(size, 42);
        long allocatedBefore = GeneratedContent.allocatedBytesOfThisThread();
        StoredObject stored = store.put(new GeneratedContent(size, 42), Long.MAX_VALUE);
        long allocated = GeneratedContent.allocatedBytesOfThisThread() - allocatedBefore;

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(expected);
        assertThat(Files.size(store.pathOf(stored.key()))).isEqualTo(size);
        assertThat(allocated).as("bytes allocated while storing %d bytes", size).isLessThan(16L * 1024 * 1024);
        store.delete(stored.key());
    }

    private long storedFileCount() throws IOException {
        try (var files = Files.walk(dir.resolve("files"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String sha256Of(byte[] content) {
        java.security.MessageDigest digest = Sha256.newDigest();
        return ObjectKeys.hex(digest.digest(content));
    }
}
