package com.pakashop.shell.http;

import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.testkit.TestDatabase;
import com.pakashop.testkit.TestRedis;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The real application on a random port over this JVM's throw-away database. */
final class RunningApp implements AutoCloseable {
    static final String CLIENT_KEY = "test-client-key-0123456789abcdef0123456789";
    static final String INTERNAL_KEY = "test-internal-key-0123456789abcdef012345678";
    static final String JWT_SECRET = "test-jwt-secret-0123456789abcdef0123456789ab";

    final Pakashop pakashop;
    final HttpApp app;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RunningApp(Pakashop pakashop, HttpApp app) {
        this.pakashop = pakashop;
        this.app = app;
    }

    static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", TestDatabase.shared().databaseUrl());
        env.put("PAKASHOP_CLIENT_KEY", CLIENT_KEY);
        env.put("INTERNAL_API_KEY", INTERNAL_KEY);
        env.put("JWT_SECRET", JWT_SECRET);
        env.put("PAKASHOP_REDIS_KEY_PREFIX", TestRedis.keyPrefix());
        env.put("PAKASHOP_SHUTDOWN_GRACE_SECONDS", "5");
        env.put("PAKASHOP_ARGON2_MEMORY_KIB", "8192");
        env.put("PAKASHOP_ARGON2_ITERATIONS", "1");
        // every test caller comes from 127.0.0.1: one IP would soon look like a fraud ring
        env.put("PAKASHOP_FRAUD_ATTEMPTS_PER_HOUR", "10000");
        // images and KYC documents are accepted only from our Cloudinary cloud (TestShop.image builds such URLs)
        env.put("CLOUDINARY_CLOUD_NAME", TestShop.CLOUD);
        env.put("CLOUDINARY_API_KEY", "614335564976464");
        env.put("CLOUDINARY_API_SECRET", "test-cloudinary-secret-0123456789");
        return env;
    }

    static RunningApp start(Map<String, String> environment, RouteGroup... extra) {
        Pakashop pakashop = Pakashop.start(new ConfigLoader().load(environment));
        HttpApp app = HttpApp.create(pakashop, List.of(extra)).start("127.0.0.1", 0);
        return new RunningApp(pakashop, app);
    }

    static RunningApp start() {
        return start(environment());
    }

    HttpResponse<String> get(String path, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    HttpResponse<String> postJson(String path, String body, String... headers) {
        return post(path, "application/json", body, headers);
    }

    HttpResponse<String> put(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), Optional.of(body), headers);
    }

    HttpResponse<String> patch(String path, String body, String... headers) {
        return send(HttpRequest.newBuilder(uri(path)).method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json"), Optional.of(body), headers);
    }

    HttpResponse<String> post(String path, String contentType, String body, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder, Optional.ofNullable(contentType).filter(t -> t.contains("json")).map(t -> body), headers);
    }

    HttpResponse<String> send(HttpRequest.Builder builder, String... headers) {
        return send(builder, Optional.empty(), headers);
    }

    /** Sends, then holds the exchange against openapi.json ({@link OpenApiContract}): a mismatch fails the test. */
    HttpResponse<String> send(HttpRequest.Builder builder, Optional<String> body, String... headers) {
        if (headers.length > 0) {
            builder.headers(headers);
        }
        try {
            HttpRequest request = builder.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            OpenApiContract.instance().check(request.method(), request.uri(), body, response.statusCode(),
                    response.headers().firstValue("Content-Type"), response.body());
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    static String[] client() {
        return new String[] {"x-pakashop-key", CLIENT_KEY};
    }

    /** The client key plus a bearer token, as a signed-in app sends them. */
    static String[] as(String accessToken) {
        return new String[] {"x-pakashop-key", CLIENT_KEY, "Authorization", "Bearer " + accessToken};
    }

    static String[] internal() {
        return new String[] {"x-internal-key", INTERNAL_KEY};
    }

    @Override
    public void close() {
        app.stop();
        pakashop.close();
    }
}
