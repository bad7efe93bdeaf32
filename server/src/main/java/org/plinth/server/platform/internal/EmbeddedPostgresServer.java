package org.plinth.server.platform.internal;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL (zonky binaries from Maven Central) whose cluster lives in
 * {@code <data dir>/postgres} and survives restarts. The port is recorded in
 * {@code <data dir>/postgres.port} so the same one is used again (psql users can find it there);
 * if that port is taken, a free one is chosen and recorded.
 */
final class EmbeddedPostgresServer implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String DATABASE = "plinth";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(Path dataDir) throws IOException {
        Path cluster = dataDir.resolve("postgres").toAbsolutePath().normalize();
        Path portFile = dataDir.resolve("postgres.port");
        Files.createDirectories(cluster);
        int port = choosePort(portFile);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setPort(port)
                // zonky defaults to synchronous_commit=off, fine for tests but not for a user's data.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        Files.writeString(portFile, Integer.toString(port) + "\n", StandardCharsets.US_ASCII);
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
        server.createDatabaseIfMissing();
        log.info("Embedded PostgreSQL running: cluster {}, {}", cluster, server.jdbcUrl());
        return server;
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    private void createDatabaseIfMissing() throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE);
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create database '" + DATABASE + "' in the embedded PostgreSQL", e);
        }
    }

    private static int choosePort(Path portFile) throws IOException {
        if (Files.isRegularFile(portFile)) {
            String recorded = Files.readString(portFile, StandardCharsets.US_ASCII).trim();
            try {
                int port = Integer.parseInt(recorded);
                if (isFree(port)) {
                    return port;
                }
                log.warn("Recorded embedded PostgreSQL port {} is taken; choosing another", port);
            } catch (NumberFormatException e) {
                log.warn("Ignoring unreadable {}: '{}'", portFile, recorded);
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
