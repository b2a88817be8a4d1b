package com.pakashop.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivery tracking under load, open loop: every order's agent posts one fix every 5 s (phases
 * spread evenly), while one WebSocket watcher per order listens on another instance. Measures
 * accepted fixes per second, ingest latency (p50, p99), and ingest-to-watcher latency (from the
 * moment a fix is sent until its smoothed position arrives over the WebSocket). With
 * {@code ceiling}, the same schedule posts to a bare Javalin handler writing one row instead.
 *
 * <p>Each agent drives north at about 24 km/h, its position a function of the time, so consecutive
 * runs continue the same tracks. Arguments:
 * {@code api|ceiling postUrlBase watchUrlBase clientKey agentToken buyerToken ordersFile seconds}.
 */
public final class TrackingLoad {
    private static final Duration EVERY = Duration.ofSeconds(5);

    public static void main(String[] args) throws Exception {
        boolean ceiling = args[0].equals("ceiling");
        String postBase = args[1];
        String watchBase = args[2];
        String clientKey = args[3];
        String agentToken = args[4];
        String buyerToken = args[5];
        List<String> orders = Files.readAllLines(Path.of(args[6])).stream().map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        int seconds = Integer.parseInt(args[7]);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(8)).build();
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> deliveredNanos = new ConcurrentLinkedQueue<>();
        List<WebSocket> sockets = new ArrayList<>();
        if (!ceiling) {
            for (String order : orders) {
                sockets.add(http.newWebSocketBuilder().buildAsync(URI.create(watchBase + "/api/v1/tracking/orders/" + order
                        + "/live?access_token=" + buyerToken), new Watcher(sentAt, deliveredNanos)).join());
            }
            System.err.println("watchers connected: " + sockets.size());
        }

        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        ConcurrentLinkedQueue<Long> ingestNanos = new ConcurrentLinkedQueue<>();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long measureFrom = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        double[] lat = new double[orders.size()];
        for (int i = 0; i < orders.size(); i++) {
            String order = orders.get(i);
            int index = i;
            lat[i] = -15.45 + (i % 100) * 0.001;
            long phase = EVERY.toMillis() * i / orders.size();
            scheduler.scheduleAtFixedRate(() -> {
                Instant at = Instant.now();
                double fixLat = lat[index] + (at.toEpochMilli() / 5_000 % 2_000) * 0.0003;
                String body = "{\"orderId\":\"" + order + "\",\"lat\":" + fixLat + ",\"lng\":28.30,\"accuracy\":12,"
                        + "\"recordedAt\":\"" + at + "\"}";
                HttpRequest request = HttpRequest.newBuilder(URI.create(postBase + (ceiling ? "/api/v1/writes"
                                : "/api/v1/tracking/location")))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json").header("x-pakashop-key", clientKey)
                        .header("Authorization", "Bearer " + agentToken)
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                long started = System.nanoTime();
                sentAt.put(order + "|" + at, started);
                http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                    long took = System.nanoTime() - started;
                    if (started < measureFrom) {
                        return;
                    }
                    if (error != null || response.statusCode() / 100 != 2) {
                        failed.incrementAndGet();
                        return;
                    }
                    accepted.incrementAndGet();
                    ingestNanos.add(took);
                });
            }, phase, EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
        Thread.sleep(TimeUnit.SECONDS.toMillis(10 + seconds));
        scheduler.shutdownNow();
        Thread.sleep(2_000);
        sockets.forEach(WebSocket::abort);

        List<Long> ingest = new ArrayList<>(ingestNanos);
        List<Long> delivered = new ArrayList<>(deliveredNanos);
        System.out.printf("%s: %d orders, %d s measured: %.1f accepted fixes/s, %d failed; ingest p50 %.1f ms, p99 %.1f ms",
                ceiling ? "ceiling (bare one-row insert)" : "tracking API", orders.size(), seconds,
                accepted.get() / (double) seconds, failed.get(), percentile(ingest, 50), percentile(ingest, 99));
        if (!ceiling) {
            System.out.printf("; ingest-to-watcher p50 %.1f ms, p99 %.1f ms over %d updates", percentile(delivered, 50),
                    percentile(delivered, 99), delivered.size());
        }
        System.out.println();
        System.exit(0);
    }

    private static double percentile(List<Long> nanos, int p) {
        if (nanos.isEmpty()) {
            return Double.NaN;
        }
        Collections.sort(nanos);
        return nanos.get(Math.min(nanos.size() - 1, (int) Math.ceil(p / 100.0 * nanos.size()) - 1)) / 1e6;
    }

    /** Matches each update to the fix that produced it by order and recordedAt. */
    private static final class Watcher implements WebSocket.Listener {
        private final Map<String, Long> sentAt;
        private final ConcurrentLinkedQueue<Long> delivered;
        private final StringBuilder partial = new StringBuilder();

        Watcher(Map<String, Long> sentAt, ConcurrentLinkedQueue<Long> delivered) {
            this.sentAt = sentAt;
            this.delivered = delivered;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                String order = field(message, "orderId");
                String recorded = field(message, "recordedAt");
                Long sent = sentAt.remove(order + "|" + recorded);
                if (sent != null) {
                    delivered.add(System.nanoTime() - sent);
                }
            }
            socket.request(1);
            return CompletableFuture.completedFuture(null);
        }

        private static String field(String json, String name) {
            int start = json.indexOf("\"" + name + "\":\"") + name.length() + 4;
            return json.substring(start, json.indexOf('"', start));
        }
    }
}
