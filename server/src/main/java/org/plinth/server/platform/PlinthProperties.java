package org.plinth.server.platform;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Everything an operator can set, bound from {@code plinth.*} properties or {@code PLINTH_*}
 * environment variables ({@code PLINTH_DATABASE_URL} is {@code plinth.database.url}).
 *
 * @param port HTTP port ({@code PLINTH_PORT})
 * @param dataDir where the embedded PostgreSQL and local files live ({@code PLINTH_DATA_DIR})
 * @param publicUrl the URL users reach the server at; also the OIDC issuer ({@code PLINTH_PUBLIC_URL})
 */
@ConfigurationProperties("plinth")
public record PlinthProperties(
        @DefaultValue("8080") int port,
        @DefaultValue("./var") Path dataDir,
        @DefaultValue Database database,
        @DefaultValue("http://localhost:8080") String publicUrl,
        @DefaultValue Admin admin,
        @DefaultValue Http http,
        @DefaultValue Files files,
        @DefaultValue S3 s3) {

    public PlinthProperties {
        // One canonical form: the issuer claim is compared byte for byte.
        while (publicUrl.endsWith("/")) {
            publicUrl = publicUrl.substring(0, publicUrl.length() - 1);
        }
    }

    /**
     * External PostgreSQL; when {@code url} is unset an embedded one runs under the data dir.
     *
     * @param connectionTimeout how long a request waits for a pooled connection; unset: 10 s, or
     *     3 s with the embedded server (at JVM exit it may stop before the last bean that needs it)
     */
    public record Database(@Nullable String url, @Nullable String user, @Nullable String password,
            @Nullable Duration connectionTimeout) {

        public boolean isExternal() {
            return url != null && !url.isBlank();
        }
    }

    /**
     * First-start administrator.
     *
     * @param password generated and printed once when unset
     * @param token if set, registered as a personal access token of the admin with all scopes
     */
    public record Admin(
            @DefaultValue("admin@plinth.local") String email,
            @Nullable String password,
            @Nullable String token) {
    }

    /**
     * Uploaded files (storage feature).
     *
     * @param maxUploadSize largest file accepted by an upload ({@code PLINTH_FILES_MAX_UPLOAD_SIZE}); 413 above
     * @param downloadLinkValidity how long a signed download link works
     */
    public record Files(@DefaultValue("5GB") DataSize maxUploadSize, @DefaultValue("1h") Duration downloadLinkValidity) {
    }

    /**
     * S3-compatible object storage for files; used instead of the data directory when {@code bucket}
     * is set ({@code PLINTH_S3_BUCKET}).
     *
     * @param endpoint e.g. {@code https://s3.eu-west-1.amazonaws.com} or a MinIO URL; unset = AWS default
     * @param accessKey unset = the AWS default credential chain (environment, profile, instance role)
     * @param pathStyle {@code https://host/bucket/key} instead of {@code https://bucket.host/key} (MinIO, most self-hosted stores)
     * @param partSize multipart upload part size (at least 5MB); one part is buffered per upload
     * @param presignedDownloads download links point at the bucket (presigned) rather than at Plinth
     */
    public record S3(@Nullable String endpoint, @Nullable String bucket, @DefaultValue("us-east-1") String region,
            @Nullable String accessKey, @Nullable String secretKey, @DefaultValue("false") boolean pathStyle,
            @DefaultValue("8MB") DataSize partSize, @DefaultValue("true") boolean presignedDownloads) {

        public boolean isConfigured() {
            return bucket != null && !bucket.isBlank();
        }
    }

    /** @param maxBodySize largest request body accepted outside multipart uploads */
    public record Http(@DefaultValue("2MB") DataSize maxBodySize) {
    }
}
