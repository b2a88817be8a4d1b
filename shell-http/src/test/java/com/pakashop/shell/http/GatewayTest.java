package com.pakashop.shell.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GatewayTest {
    private static RunningApp app;

    @BeforeAll
    static void start() {
        app = RunningApp.start();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void livenessNeedsNoKey() {
        HttpResponse<String> response = app.get("/api/v1/health/live");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void readinessNamesTheDatabase() {
        HttpResponse<String> response = app.get("/api/v1/health/ready");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"database\"");
    }

    @Test
    void aWrongKeyIsRefusedEvenOnAPublicRoute() {
        HttpResponse<String> response = app.get("/api/v1/health/live", "x-pakashop-key", "guess");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
    }

    @Test
    void aClientRouteWithoutAKeyIsUnauthenticated() {
        HttpResponse<String> response = app.get("/api/v1/openapi.json");

        assertThat(response.statusCode()).isEqualTo(401);
        assertProblem(response, "unauthenticated");
        assertThat(response.body()).contains("x-pakashop-key");
    }

    @Test
    void aClientRouteAcceptsTheClientKeyAndTheInternalKey() {
        assertThat(app.get("/api/v1/openapi.json", RunningApp.client()).statusCode()).isEqualTo(200);
        assertThat(app.get("/api/v1/openapi.json", RunningApp.internal()).statusCode()).isEqualTo(200);
    }

    @Test
    void anInternalRouteRefusesTheClientKeyWith403() {
        HttpResponse<String> response = app.get("/api/v1/internal/outbox/dead-letters", RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(403);
        assertProblem(response, "forbidden");
    }

    @Test
    void anInternalRouteWithoutAnyKeyIs401() {
        assertThat(app.get("/api/v1/internal/outbox/dead-letters").statusCode()).isEqualTo(401);
    }

    @Test
    void anInternalRouteAcceptsTheInternalKey() {
        HttpResponse<String> response = app.get("/api/v1/internal/outbox/dead-letters", RunningApp.internal());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith("{\"items\":[");
    }

    @Test
    void aValidRequestIdIsEchoedAndAnUnsafeOneIsReplaced() {
        HttpResponse<String> kept = app.get("/api/v1/health/live", "X-Request-Id", "checkout-42.retry_1");
        HttpResponse<String> replaced = app.get("/api/v1/health/live", "X-Request-Id", "x".repeat(65));
        HttpResponse<String> injected = app.get("/api/v1/health/live", "X-Request-Id", "abc def");

        assertThat(kept.headers().firstValue("X-Request-Id")).contains("checkout-42.retry_1");
        assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(injected.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(36));
    }

    @Test
    void aProblemCarriesTheRequestIdOfItsRequest() {
        HttpResponse<String> response = app.get("/api/v1/openapi.json", "X-Request-Id", "trace-me-1");

        assertThat(response.body()).contains("\"requestId\":\"trace-me-1\"");
    }

    @Test
    void anUnknownRouteIsAProblem404() {
        HttpResponse<String> response = app.get("/api/v1/no-such-thing", RunningApp.client());

        assertThat(response.statusCode()).isEqualTo(404);
        assertProblem(response, "not-found");
    }

    @Test
    void aWrongMethodIsAProblem405() {
        HttpResponse<String> response = app.post("/api/v1/health/live", "application/json", "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertProblem(response, "method-not-allowed");
    }

    @Test
    void everyResponseCarriesTheRemainingQuota() {
        HttpResponse<String> response = app.get("/api/v1/health/live", RunningApp.client());

        assertThat(response.headers().firstValue("RateLimit-Limit")).isPresent();
        assertThat(response.headers().firstValue("RateLimit-Remaining")).isPresent();
    }

    static void assertProblem(HttpResponse<String> response, String type) {
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                value -> assertThat(value).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"type\":\"https://pakashop.zm/problems/" + type + "\"")
                .contains("\"status\":" + response.statusCode())
                .contains("\"requestId\":\"")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }
}
