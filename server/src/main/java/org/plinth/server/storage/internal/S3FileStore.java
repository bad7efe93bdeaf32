package org.plinth.server.storage.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.plinth.server.storage.FileStore;
import org.plinth.server.storage.ObjectKeys;
import org.plinth.server.storage.StoredObject;
import org.plinth.server.storage.UploadTooLargeException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.AbortMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompleteMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.UploadPartRequest;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.GetObjectPresignRequest;

/**
 * Objects in an S3-compatible bucket (AWS, MinIO, Ceph, Garage, ...). An upload that fits in one
 * part is a single PUT; a larger one is a multipart upload, one part buffer in memory at a time
 * ({@code PLINTH_S3_PART_SIZE}, 8 MB by default), aborted on any failure so no parts linger. Keys are
 * the object keys themselves.
 */
final class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;
    private final int partSize;
    private final boolean presignedDownloads;

    S3FileStore(S3Client s3, S3Presigner presigner, String bucket, int partSize, boolean presignedDownloads) {
        if (partSize < 5 * 1024 * 1024) {
            throw new IllegalArgumentException("S3 parts must be at least 5 MB, not " + partSize + " bytes");
        }
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
        this.partSize = partSize;
        this.presignedDownloads = presignedDownloads;
    }

    @Override
    public StoredObject put(InputStream content, long maxBytes) throws IOException {
        String key = ObjectKeys.newKey();
        MessageDigest digest = Sha256.newDigest();
        byte[] buffer = new byte[partSize];
        int filled = fill(content, buffer);
        long size = filled;
        checkLimit(size, maxBytes);
        digest.update(buffer, 0, filled);
        if (filled < partSize) {
            s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key).contentLength((long) filled).build(),
                    body(buffer, filled));
            return new StoredObject(key, size, ObjectKeys.hex(digest.digest()));
        }
        String uploadId = s3.createMultipartUpload(CreateMultipartUploadRequest.builder().bucket(bucket).key(key).build())
                .uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            while (filled > 0) {
                int partNumber = parts.size() + 1;
                String etag = s3.uploadPart(UploadPartRequest.builder().bucket(bucket).key(key).uploadId(uploadId)
                        .partNumber(partNumber).contentLength((long) filled).build(), body(buffer, filled)).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
                filled = fill(content, buffer);
                size += filled;
                checkLimit(size, maxBytes);
                digest.update(buffer, 0, filled);
            }
            s3.completeMultipartUpload(CompleteMultipartUploadRequest.builder().bucket(bucket).key(key)
                    .uploadId(uploadId).multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()).build());
            return new StoredObject(key, size, ObjectKeys.hex(digest.digest()));
        } catch (IOException | RuntimeException | Error e) {
            try {
                s3.abortMultipartUpload(AbortMultipartUploadRequest.builder().bucket(bucket).key(key).uploadId(uploadId).build());
            } catch (RuntimeException abortFailure) {
                e.addSuppressed(abortFailure);
            }
            throw e;
        }
    }

    private static void checkLimit(long size, long maxBytes) {
        if (size > maxBytes) {
            throw new UploadTooLargeException(maxBytes);
        }
    }

    /** Reads until {@code buffer} is full or the stream ends; returns the bytes read. */
    private static int fill(InputStream in, byte[] buffer) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                break;
            }
            filled += n;
        }
        return filled;
    }

    /** The part's bytes without a copy; a ByteArrayInputStream can be reset for the SDK's retries. */
    private static RequestBody body(byte[] buffer, int length) {
        return RequestBody.fromInputStream(new ByteArrayInputStream(buffer, 0, length), length);
    }

    @Override
    public InputStream open(String key, long offset, long length) throws IOException {
        ObjectKeys.require(key);
        if (length == 0) {
            return InputStream.nullInputStream();
        }
        GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(bucket).key(key);
        if (offset > 0 || length > 0) {
            request.range("bytes=" + offset + "-" + (length < 0 ? "" : Long.toString(offset + length - 1)));
        }
        try {
            return s3.getObject(request.build());
        } catch (NoSuchKeyException e) {
            throw new java.nio.file.NoSuchFileException("s3://" + bucket + "/" + key);
        }
    }

    @Override
    public Optional<Long> size(String key) throws IOException {
        ObjectKeys.require(key);
        try {
            return Optional.of(s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key).build()).contentLength());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) throws IOException {
        ObjectKeys.require(key);
        s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(key).build());
    }

    @Override
    public Optional<URI> directDownloadUrl(String key, String fileName, String contentType, Duration validity) {
        if (!presignedDownloads) {
            return Optional.empty();
        }
        ObjectKeys.require(key);
        GetObjectRequest get = GetObjectRequest.builder().bucket(bucket).key(key)
                .responseContentType(contentType)
                .responseContentDisposition(ContentDisposition.attachment(fileName))
                .build();
        GetObjectPresignRequest presign = GetObjectPresignRequest.builder()
                .signatureDuration(validity).getObjectRequest(get).build();
        try {
            return Optional.of(presigner.presignGetObject(presign).url().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException("Presigned URL is not a URI", e);
        }
    }

    @Override
    public String kind() {
        return "s3";
    }

    @Override
    public void close() {
        presigner.close();
        s3.close();
    }

}
