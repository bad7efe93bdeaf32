package org.plinth.server.storage;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.plinth.server.PlinthIntegrationTest;

/**
 * Adobe's s3mock standalone jar (copied to {@code target/s3mock/} by the build) run as a separate
 * process on free ports, with one bucket. Started by a test class, stopped by its PID.
 */
public final class S3MockServer implements AutoCloseable {

    public static final String BUCKET = "plinth-test";

    private final Process process;
    private final int port;
    private final Path log;

    private S3MockServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static S3MockServer start() throws IOException, InterruptedException {
        String jar = System.getProperty("plinth.test.s3mock.jar", "target/s3mock/s3mock.jar");
        if (!Files.isRegularFile(Path.of(jar))) {
            throw new IllegalStateException("s3mock jar not found at " + jar + "; run the build through Maven");
        }
        int httpPort = PlinthIntegrationTest.freePort();
        int httpsPort = PlinthIntegrationTest.freePort();
        Path root = Files.createTempDirectory("plinth-s3mock");
        Path log = Files.createTempFile("plinth-s3mock", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar,
                "--com.adobe.testing.s3mock.httpPort=" + httpPort,
                "--server.port=" + httpsPort,
                "--com.adobe.testing.s3mock.store.initialBuckets=" + BUCKET,
                "--com.adobe.testing.s3mock.store.root=" + root,
                "--spring.main.banner-mode=off"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        S3MockServer server = new S3MockServer(process, httpPort, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!server.ready()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("s3mock exited: " + Files.readString(log));
            }
            if (System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException("s3mock did not start in 120 s: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return server;
    }

    private boolean ready() throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        } catch (IOException e) {
            return false;
        }
        return Files.readString(log).contains("Started S3MockApplication");
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
