package com.pakashop.adapter.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.pakashop.application.health.ComponentHealth.Status;
import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.testkit.TcpProxy;
import com.pakashop.testkit.TestRedis;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RateLimitersTest {
    private static final RateLimit THREE_PER_MINUTE = new RateLimit(3, Duration.ofMinutes(1));

    @Test
    void twoInstancesShareOneBucketThroughRedis() {
        try (RedisConnector a = connector(TestRedis.url()); RedisConnector b = connector(TestRedis.url())) {
            RedisRateLimiter first = new RedisRateLimiter(a, TestRedis.keyPrefix());
            RedisRateLimiter second = new RedisRateLimiter(b, TestRedis.keyPrefix());
            String key = "ip:" + UUID.randomUUID();

            assertThat(first.tryConsume(key, THREE_PER_MINUTE).remaining()).isEqualTo(2);
            assertThat(second.tryConsume(key, THREE_PER_MINUTE).remaining()).isEqualTo(1);
            assertThat(first.tryConsume(key, THREE_PER_MINUTE).allowed()).isTrue();
            RateDecision refused = second.tryConsume(key, THREE_PER_MINUTE);

            assertThat(refused.allowed()).isFalse();
            assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(20));
        }
    }

    @Test
    void inProcessBucketsRefuseTheFourthRequestOfAMinute() {
        InProcessRateLimiter limiter = new InProcessRateLimiter(1000);

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.tryConsume("key:k", THREE_PER_MINUTE).allowed()).isTrue();
        }
        assertThat(limiter.tryConsume("key:k", THREE_PER_MINUTE).allowed()).isFalse();
        assertThat(limiter.tryConsume("key:other", THREE_PER_MINUTE).allowed()).isTrue();
    }

    @Test
    void whileRedisIsAwayLimitsFallBackInProcessAndReadinessSaysSo() throws Exception {
        URI redis = URI.create(TestRedis.url());
        try (TcpProxy proxy = new TcpProxy(redis.getHost(), redis.getPort());
             RedisConnector connector = connector("redis://" + proxy.host() + ":" + proxy.port())) {
            FailoverRateLimiter limiter = new FailoverRateLimiter(new RedisRateLimiter(connector, TestRedis.keyPrefix()),
                    connector, new InProcessRateLimiter(1000), Duration.ZERO, Clock.systemUTC());
            String key = "ip:" + UUID.randomUUID();
            assertThat(limiter.tryConsume(key, THREE_PER_MINUTE).allowed()).isTrue();
            assertThat(limiter.check().status()).isEqualTo(Status.UP);

            proxy.cut();
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> limiter.check().status() == Status.DOWN);
            RateDecision duringOutage = limiter.tryConsume(key, THREE_PER_MINUTE);

            assertThat(duringOutage.allowed()).isTrue();
            assertThat(duringOutage.remaining()).as("a fresh in-process bucket").isEqualTo(2);

            proxy.restore();
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> limiter.check().status() == Status.UP);
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> limiter.tryConsume(key, THREE_PER_MINUTE).remaining() == 0);
        }
    }

    private static RedisConnector connector(String url) {
        return new RedisConnector(url, Duration.ofMillis(500), Duration.ofMillis(200), Clock.systemUTC());
    }
}
