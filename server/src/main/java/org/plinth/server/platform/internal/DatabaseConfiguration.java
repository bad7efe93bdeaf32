package org.plinth.server.platform.internal;

import java.io.IOException;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.jspecify.annotations.Nullable;
import org.plinth.server.platform.PlinthProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * PostgreSQL always: the one at {@code PLINTH_DATABASE_URL}, or an embedded one under the data
 * directory when that is unset (so a laptop needs only a JDK).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** Owns the embedded server (if any) so it stops only after the pool is closed. */
    static final class PlinthDatabase implements AutoCloseable {

        private final @Nullable EmbeddedPostgresServer embedded;
        private final String jdbcUrl;

        PlinthDatabase(@Nullable EmbeddedPostgresServer embedded, String jdbcUrl) {
            this.embedded = embedded;
            this.jdbcUrl = jdbcUrl;
        }

        @Override
        public void close() throws IOException {
            if (embedded != null) {
                embedded.close();
            }
        }
    }

    @Bean
    PlinthDatabase plinthDatabase(PlinthProperties properties) throws IOException {
        PlinthProperties.Database database = properties.database();
        if (database.isExternal()) {
            return new PlinthDatabase(null, database.url());
        }
        EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(properties.dataDir());
        return new PlinthDatabase(embedded, embedded.jdbcUrl());
    }

    @Bean
    HikariDataSource dataSource(PlinthDatabase database, PlinthProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("plinth");
        config.setJdbcUrl(database.jdbcUrl);
        PlinthProperties.Database external = properties.database();
        if (external.isExternal()) {
            if (external.user() != null) {
                config.setUsername(external.user());
            }
            if (external.password() != null) {
                config.setPassword(external.password());
            }
        }
        config.setMaximumPoolSize(10);
        java.time.Duration timeout = external.connectionTimeout();
        if (timeout == null) {
            timeout = java.time.Duration.ofSeconds(external.isExternal() ? 10 : 3);
        }
        config.setConnectionTimeout(timeout.toMillis());
        return new HikariDataSource(config);
    }
}
