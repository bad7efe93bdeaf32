package org.plinth.server.storage.internal;

import java.io.IOException;
import java.net.URI;

import org.plinth.server.platform.PlinthProperties;
import org.plinth.server.platform.SecurityChainOrder;
import org.plinth.server.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Chooses the file store ({@code PLINTH_S3_BUCKET} set: S3, else the data directory) and opens the download route. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    FileStore fileStore(PlinthProperties properties) throws IOException {
        PlinthProperties.S3 s3 = properties.s3();
        if (!s3.isConfigured()) {
            FilesystemFileStore store = new FilesystemFileStore(properties.dataDir().resolve("files"));
            log.info("Files are stored under {}", store.root());
            return store;
        }
        log.info("Files are stored in S3 bucket {} at {}", s3.bucket(), s3.endpoint() == null ? "AWS" : s3.endpoint());
        return s3FileStore(s3);
    }

    static S3FileStore s3FileStore(PlinthProperties.S3 s3) {
        AwsCredentialsProvider credentials = s3.accessKey() == null || s3.accessKey().isBlank()
                ? DefaultCredentialsProvider.builder().build()
                : StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(),
                        s3.secretKey() == null ? "" : s3.secretKey()));
        // Checksums only where S3 demands them: the SDK's default trailing CRCs are not understood
        // by every S3-compatible store, and we hash every upload with SHA-256 ourselves anyway.
        S3ClientBuilder client = S3Client.builder()
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(s3.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        S3Presigner.Builder presigner = S3Presigner.builder()
                .region(Region.of(s3.region()))
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
        if (s3.endpoint() != null && !s3.endpoint().isBlank()) {
            client.endpointOverride(URI.create(s3.endpoint()));
            presigner.endpointOverride(URI.create(s3.endpoint()));
        }
        return new S3FileStore(client.build(), presigner.build(), s3.bucket(),
                Math.toIntExact(s3.partSize().toBytes()), s3.presignedDownloads());
    }

    /**
     * Signed download links carry their own authorisation (the HMAC), and browsers follow them
     * without a bearer token, so the download route has a chain of its own that lets them through.
     */
    @Bean
    @Order(SecurityChainOrder.API - 1)
    SecurityFilterChain downloadSecurityFilterChain(HttpSecurity http) throws Exception {
        http.securityMatcher(DownloadController.PATH_PREFIX + "**")
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.disable())
                .formLogin(form -> form.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .anonymous(anonymous -> { })
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
        return http.build();
    }
}
