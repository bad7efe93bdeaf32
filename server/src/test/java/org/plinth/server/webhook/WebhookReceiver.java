package org.plinth.server.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP receiver on 127.0.0.1 for the webhook tests: records every request (headers with
 * lower-case names, raw body) and answers as {@code responder} says for the n-th request (0-based).
 */
public final class WebhookReceiver implements AutoCloseable {

    /** What the receiver got. */
    public record Received(String path, Map<String, String> headers, String body, long receivedNanos) {
        public String header(String name) {
            return headers.getOrDefault(name, "");
        }
    }

    /** How to answer: status and an optional delay before answering. */
    public record Answer(int status, Duration delay, String body) {
        public static Answer ok() {
            return new Answer(200, Duration.ZERO, "{\"ok\": true}");
        }

        public static Answer status(int status) {
            return new Answer(status, Duration.ZERO, "status " + status);
        }
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private volatile IntFunction<Answer> responder;

    private WebhookReceiver(int port, IntFunction<Answer> responder) {
        this.responder = responder;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.createContext("/", this::handle);
        server.start();
    }

    public static WebhookReceiver start(IntFunction<Answer> responder) {
        return new WebhookReceiver(0, responder);
    }

    /** Starts on a given port (one that was refused connections a moment ago, to play "back up"). */
    public static WebhookReceiver startOn(int port, IntFunction<Answer> responder) {
        return new WebhookReceiver(port, responder);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void answer(IntFunction<Answer> responder) {
        this.responder = responder;
    }

    public List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    public int count() {
        synchronized (received) {
            return received.size();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, String> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), String.join(",", values)));
        int index;
        synchronized (received) {
            index = received.size();
            received.add(new Received(exchange.getRequestURI().getPath(), headers,
                    new String(body, StandardCharsets.UTF_8), at));
        }
        Answer answer = responder.apply(index);
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] response = answer.body().getBytes(StandardCharsets.UTF_8);
        try {
            exchange.sendResponseHeaders(answer.status(), response.length == 0 ? -1 : response.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response);
            }
        } catch (IOException e) {
            // the sender gave up waiting (timeout test): nothing to answer to
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
