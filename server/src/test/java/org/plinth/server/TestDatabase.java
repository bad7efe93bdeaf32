package org.plinth.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL database of this test JVM, made once and shared by every Spring context.
 * With {@code PLINTH_TEST_DATABASE_URL} (CI: a real server) a fresh database
 * {@code plinth_test_<random>} is created on that server, so runs never collide and leftovers never
 * matter (it is dropped at exit when possible); otherwise an embedded PostgreSQL is started.
 */
public final class TestDatabase {

    private static final String ENV = "PLINTH_TEST_DATABASE_URL";
    private static volatile String jdbcUrl;

    private TestDatabase() {
    }

    public static String jdbcUrl() {
        String url = jdbcUrl;
        if (url == null) {
            synchronized (TestDatabase.class) {
                url = jdbcUrl;
                if (url == null) {
                    url = create();
                    jdbcUrl = url;
                }
            }
        }
        return url;
    }

    private static String create() {
        String server = System.getenv(ENV);
        if (server != null && !server.isBlank()) {
            String database = createOn(server.trim());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropOn(server.trim(), database), "plinth-test-db-drop"));
            return withDatabase(server.trim(), database);
        }
        try {
            Path dir = Files.createTempDirectory("plinth-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(true)
                    .start();
            // zonky stops the server and deletes its directory in its own shutdown hook.
            String serverUrl = postgres.getJdbcUrl("postgres", "postgres");
            return withDatabase(serverUrl, createOn(serverUrl));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start an embedded PostgreSQL for the tests", e);
        }
    }

    /** Creates a uniquely named database on the server behind {@code serverUrl} and returns its name. */
    private static String createOn(String serverUrl) {
        String name = "plinth_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)
                .toLowerCase(Locale.ROOT);
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database on " + serverUrl, e);
        }
        return name;
    }

    private static void dropOn(String serverUrl, String name) {
        // Short timeouts: this runs in a shutdown hook and must never hold the JVM.
        String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "connectTimeout=3&socketTimeout=10";
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException ignored) {
            // best effort: a leftover database is harmless, its name is unique
        }
    }

    /** Replaces the database part of {@code jdbc:postgresql://host:port/db?params}. */
    static String withDatabase(String serverUrl, String database) {
        int hostStart = serverUrl.indexOf("//") + 2;
        int slash = serverUrl.indexOf('/', hostStart);
        int query = serverUrl.indexOf('?', hostStart);
        String params = query < 0 ? "" : serverUrl.substring(query);
        String base = slash < 0 ? (query < 0 ? serverUrl : serverUrl.substring(0, query)) : serverUrl.substring(0, slash);
        return base + "/" + database + params;
    }
}
