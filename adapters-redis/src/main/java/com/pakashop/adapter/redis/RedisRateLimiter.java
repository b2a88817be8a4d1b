package com.pakashop.adapter.redis;

import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.application.ratelimit.RateLimiter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets kept in Redis and shared by every instance of the service. Keys expire once a bucket
 * would have refilled, so idle callers leave nothing behind. Throws when Redis cannot answer;
 * {@link FailoverRateLimiter} decides what to do then.
 *
 * <p>Bucket4j's Lettuce backend is compare-and-swap: under load on one hot key (the shared client
 * key, one busy IP) every request would retry against every other. Small limits use the batching
 * optimisation, which folds requests arriving during one round trip into the next and stays exact.
 * Large limits let each instance consume up to 5% of the capacity (at most 50 tokens, at most
 * 100 ms) before it synchronises with Redis: the count may overshoot by that much per instance, in
 * exchange for most requests never waiting on Redis (docs/adr/0003). Both need the bucket proxy
 * kept per key, hence the cache.
 */
public final class RedisRateLimiter implements RateLimiter {
    private static final int MAX_CACHED_BUCKETS = 100_000;
    private static final long MAX_UNSYNCHRONIZED_TOKENS = 50;
    private static final Duration MAX_UNSYNCHRONIZED_TIME = Duration.ofMillis(100);

    private final RedisConnector connector;
    private final String keyPrefix;
    private final Map<String, BucketProxy> buckets = new ConcurrentHashMap<>();
    private volatile StatefulRedisConnection<byte[], byte[]> boundTo;
    private volatile ProxyManager<byte[]> proxies;

    public RedisRateLimiter(RedisConnector connector, String keyPrefix) {
        this.connector = connector;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        ProxyManager<byte[]> manager = proxyManager();
        if (buckets.size() >= MAX_CACHED_BUCKETS) {
            buckets.clear();
        }
        BucketProxy bucket = buckets.computeIfAbsent(key + "|" + limit.capacity() + "/" + limit.period(),
                k -> manager.builder()
                        .withOptimization(optimizationFor(limit))
                        .build((keyPrefix + "ratelimit:" + key).getBytes(StandardCharsets.UTF_8),
                                () -> Buckets.configuration(limit)));
        return Buckets.decision(bucket.tryConsumeAndReturnRemaining(1));
    }

    static Optimization optimizationFor(RateLimit limit) {
        long tolerated = Math.min(limit.capacity() / 20, MAX_UNSYNCHRONIZED_TOKENS);
        return tolerated < 2
                ? Optimizations.batching()
                : Optimizations.delaying(new DelayParameters(tolerated, MAX_UNSYNCHRONIZED_TIME));
    }

    private ProxyManager<byte[]> proxyManager() {
        StatefulRedisConnection<byte[], byte[]> connection = connector.connection()
                .orElseThrow(() -> new IllegalStateException("Redis is not reachable"));
        if (connection != boundTo) {
            synchronized (this) {
                if (connection != boundTo) {
                    proxies = Bucket4jLettuce.casBasedBuilder(connection)
                            .expirationAfterWrite(ExpirationAfterWriteStrategy
                                    .basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                            .build();
                    buckets.clear();
                    boundTo = connection;
                }
            }
        }
        return proxies;
    }
}
