package com.pakashop.shell.http;

import static com.pakashop.shell.http.GatewayTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.testkit.TcpProxy;
import com.pakashop.testkit.TestRedis;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    @Test
    void theFourthRequestOfAMinuteFromOneIpIsRefusedWithRetryAfter() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE", "3");
        try (RunningApp app = RunningApp.start(env)) {
            assertThat(app.get("/api/v1/health/live").headers().firstValue("RateLimit-Remaining")).contains("2");
            assertThat(app.get("/api/v1/health/live").headers().firstValue("RateLimit-Remaining")).contains("1");
            assertThat(app.get("/api/v1/health/live").statusCode()).isEqualTo(200);

            HttpResponse<String> refused = app.get("/api/v1/health/live");

            assertThat(refused.statusCode()).isEqualTo(429);
            assertProblem(refused, "rate-limited");
            assertThat(refused.headers().firstValue("Retry-After")).hasValueSatisfying(
                    seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
        }
    }

    @Test
    void theClientKeyHasItsOwnQuota() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE", "2");
        try (RunningApp app = RunningApp.start(env)) {
            app.get("/api/v1/openapi.json", RunningApp.client());
            app.get("/api/v1/openapi.json", RunningApp.client());

            assertThat(app.get("/api/v1/openapi.json", RunningApp.client()).statusCode()).isEqualTo(429);
            assertThat(app.get("/api/v1/openapi.json", RunningApp.internal()).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void instancesShareBucketsThroughRedis() {
        Map<String, String> env = RunningApp.environment();
        env.put("REDIS_URL", TestRedis.url());
        env.put("PAKASHOP_REDIS_KEY_PREFIX", TestRedis.keyPrefix() + UUID.randomUUID() + ":");
        env.put("PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE", "3");
        try (RunningApp first = RunningApp.start(env); RunningApp second = RunningApp.start(env)) {
            first.get("/api/v1/health/live");
            second.get("/api/v1/health/live");
            first.get("/api/v1/health/live");

            assertThat(second.get("/api/v1/health/live").statusCode()).isEqualTo(429);
        }
    }

    @Test
    void whenRedisIsDownRequestsAreStillServedAndReadinessNamesRedis() throws Exception {
        URI redis = URI.create(TestRedis.url());
        try (TcpProxy proxy = new TcpProxy(redis.getHost(), redis.getPort())) {
            Map<String, String> env = RunningApp.environment();
            env.put("REDIS_URL", "redis://" + proxy.host() + ":" + proxy.port());
            proxy.cut();
            try (RunningApp app = RunningApp.start(env)) {
                assertThat(app.get("/api/v1/health/live", RunningApp.client()).statusCode()).isEqualTo(200);

                HttpResponse<String> ready = app.get("/api/v1/health/ready");

                assertThat(ready.statusCode()).isEqualTo(503);
                assertThat(ready.body()).contains("redis");
            }
        }
    }
}
