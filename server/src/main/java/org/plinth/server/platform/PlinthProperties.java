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
        @DefaultValue Http http) {

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

    /** @param maxBodySize largest request body accepted outside multipart uploads */
    public record Http(@DefaultValue("2MB") DataSize maxBodySize) {
    }
}
