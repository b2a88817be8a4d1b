package com.pakashop.adapter.redis;

import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.application.ratelimit.RateLimiter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Buckets kept in Redis and shared by every instance of the service. Keys expire once a bucket
 * would have refilled, so idle callers leave nothing behind. Throws when Redis cannot answer;
 * {@link FailoverRateLimiter} decides what to do then.
 */
public final class RedisRateLimiter implements RateLimiter {
    private final RedisConnector connector;
    private final String keyPrefix;
    private volatile StatefulRedisConnection<byte[], byte[]> boundTo;
    private volatile ProxyManager<byte[]> buckets;

    public RedisRateLimiter(RedisConnector connector, String keyPrefix) {
        this.connector = connector;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        byte[] redisKey = (keyPrefix + "ratelimit:" + key).getBytes(StandardCharsets.UTF_8);
        return Buckets.decision(proxyManager().getProxy(redisKey, () -> Buckets.configuration(limit))
                .tryConsumeAndReturnRemaining(1));
    }

    private ProxyManager<byte[]> proxyManager() {
        StatefulRedisConnection<byte[], byte[]> connection = connector.connection()
                .orElseThrow(() -> new IllegalStateException("Redis is not reachable"));
        if (connection != boundTo) {
            synchronized (this) {
                if (connection != boundTo) {
                    buckets = Bucket4jLettuce.casBasedBuilder(connection)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                            .build();
                    boundTo = connection;
                }
            }
        }
        return buckets;
    }
}
