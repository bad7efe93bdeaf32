package org.plinth.server.storage;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * Where uploaded bytes live: the data directory ({@code files/}) or an S3-compatible bucket,
 * chosen by configuration ({@code PLINTH_S3_BUCKET} set = S3). Implementations stream: an upload
 * is read once, in bounded buffers, with its size and SHA-256 computed on the way, and it becomes
 * visible only when complete (a failed or interrupted upload leaves nothing behind).
 */
public interface FileStore {

    /**
     * Stores everything {@code content} delivers under a new key.
     *
     * @param maxBytes the most bytes accepted; one more and the upload is discarded
     * @throws UploadTooLargeException when {@code content} holds more than {@code maxBytes}
     * @throws IOException when reading {@code content} or writing the store fails (nothing is kept)
     */
    StoredObject put(InputStream content, long maxBytes) throws IOException;

    /** The bytes of {@code key} from {@code offset}, at most {@code length} of them ({@code -1}: to the end). */
    InputStream open(String key, long offset, long length) throws IOException;

    /** The stored size of {@code key}, empty when it does not exist. */
    Optional<Long> size(String key) throws IOException;

    default boolean exists(String key) throws IOException {
        return size(key).isPresent();
    }

    /** Deletes {@code key}; deleting a missing key is not an error. */
    void delete(String key) throws IOException;

    /**
     * A URL the client can download from directly (an S3 presigned URL), or empty when downloads go
     * through Plinth's own signed links ({@link DownloadLinks}).
     */
    Optional<URI> directDownloadUrl(String key, String fileName, String contentType, Duration validity);

    /** Short name for logs and health: {@code filesystem} or {@code s3}. */
    String kind();
}
