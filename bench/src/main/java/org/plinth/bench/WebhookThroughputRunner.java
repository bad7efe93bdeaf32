package org.plinth.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Webhook throughput, end to end, against a running Plinth: a local receiver, one cloud webhook on
 * {@code project.creation}, then N projects created over the API by C concurrent clients. Prints
 * deliveries/s and the latency from each create request's start (at or before the commit) to the
 * receiver's receipt of its event: p50, p99, max. JDK only, so it runs as a source file
 * ({@code java WebhookThroughputRunner.java ...}) without building the other modules.
 *
 * <p>Arguments: {@code --base-url http://localhost:8080 --token TOKEN [--events 10000] [--clients 8]}.
 * The server must allow loopback targets ({@code PLINTH_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true}).
 */
public final class WebhookThroughputRunner {

    private static final byte[] OK = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
    private static final String DATA_ID = "\"data\":{\"id\":";

    private final ConcurrentHashMap<Long, Long> requestStart = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Long, Long> received = new ConcurrentHashMap<>();
    private final AtomicInteger duplicates = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String baseUrl = "http://localhost:8080";
        String token = System.getenv().getOrDefault("PLINTH_ADMIN_TOKEN", "");
        int events = 10_000;
        int clients = 8;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--base-url" -> baseUrl = args[i + 1];
                case "--token" -> token = args[i + 1];
                case "--events" -> events = Integer.parseInt(args[i + 1]);
                case "--clients" -> clients = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        new WebhookThroughputRunner().run(baseUrl, token, events, clients);
    }

    private void run(String baseUrl, String token, int events, int clients) throws Exception {
        // The JDK server writes headers and body separately; without TCP_NODELAY Nagle and the client's
        // delayed ACK add about 40 ms to every answer, which a real receiver would not.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 256);
        ExecutorService receiverThreads = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/", this::receive);
        receiver.start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        try {
            long cloudId = idOf(post(http, baseUrl + "/cloud", token, "{\"name\": \"webhook bench\"}"));
            post(http, baseUrl + "/cloud/" + cloudId + "/webhook", token,
                    "{\"url\": \"http://127.0.0.1:" + receiver.getAddress().getPort() + "/bench\","
                            + " \"events\": [\"project.creation\"], \"secret\": \"bench\"}");
            // warm-up: a few events so class loading and connection set-up are not measured
            for (int i = 0; i < 50; i++) {
                post(http, baseUrl + "/cloud/" + cloudId + "/project", token, "{\"name\": \"warm-up\"}");
            }
            waitFor(50, Duration.ofSeconds(60));
            received.clear();

            AtomicInteger next = new AtomicInteger();
            long start = System.nanoTime();
            Thread[] threads = new Thread[clients];
            for (int t = 0; t < clients; t++) {
                threads[t] = new Thread(() -> {
                    while (next.getAndIncrement() < events) {
                        long before = System.nanoTime();
                        String body = post(http, baseUrl + "/cloud/" + cloudId + "/project", token, "{\"name\": \"bench\"}");
                        requestStart.put(idOf(body), before);
                    }
                });
                threads[t].start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            long created = System.nanoTime();
            boolean complete = waitFor(events, Duration.ofSeconds(300));
            long lastReceipt = 0;
            long[] latencies = new long[requestStart.size()];
            int n = 0;
            for (var entry : requestStart.entrySet()) {
                Long at = received.get(entry.getKey());
                if (at != null) {
                    latencies[n++] = at - entry.getValue();
                    lastReceipt = Math.max(lastReceipt, at);
                }
            }
            latencies = Arrays.copyOf(latencies, n);
            Arrays.sort(latencies);
            double createSeconds = (created - start) / 1e9;
            double deliverSeconds = (lastReceipt - start) / 1e9;
            System.out.printf("events %d, clients %d, received %d%s, duplicates %d%n", events, clients, n,
                    complete ? "" : " (INCOMPLETE)", duplicates.get());
            System.out.printf("commits/s (project creations) %.0f%n", events / createSeconds);
            System.out.printf("deliveries/s (first request to last receipt) %.0f%n", n / deliverSeconds);
            System.out.printf("request start -> receipt latency ms: p50 %.1f, p99 %.1f, max %.1f%n",
                    percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6,
                    n == 0 ? 0 : latencies[n - 1] / 1e6);
        } finally {
            receiver.stop(0);
            receiverThreads.shutdownNow();
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        long at = System.nanoTime();
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String text = new String(body, StandardCharsets.UTF_8);
        int i = text.indexOf(DATA_ID);
        if (i >= 0) {
            long id = parseLong(text, i + DATA_ID.length());
            if (received.putIfAbsent(id, at) != null) {
                duplicates.incrementAndGet();
            }
        }
        exchange.sendResponseHeaders(200, OK.length);
        exchange.getResponseBody().write(OK);
        exchange.close();
    }

    private boolean waitFor(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (received.size() < count) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return true;
    }

    private static String post(HttpClient http, String url, String token, String json) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The first {@code "id":} of a response (Plinth writes a record's id first). */
    private static long idOf(String json) {
        int i = json.indexOf("\"id\":");
        if (i < 0) {
            throw new IllegalStateException("no id in " + json);
        }
        return parseLong(json, i + 5);
    }

    private static long parseLong(String text, int from) {
        long value = 0;
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            value = value * 10 + (text.charAt(i) - '0');
            i++;
        }
        return value;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
