package com.pakashop.adapter.redis;

import com.pakashop.application.fraud.FraudCounters;
import com.pakashop.domain.shared.DependencyUnavailable;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fixed-window attempt counters in Redis: one atomic script per attempt increments the window's
 * key and gives it an expiry on first use, so counters clean themselves up.
 */
public final class RedisFraudCounters implements FraudCounters {
    private static final String INCREMENT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""";

    private static final Duration TIMEOUT = Duration.ofMillis(500);

    private final RedisConnector connector;
    private final String prefix;
    private final Clock clock;

    public RedisFraudCounters(RedisConnector connector, String keyPrefix, Clock clock) {
        this.connector = connector;
        this.prefix = keyPrefix + "fraud:";
        this.clock = clock;
    }

    /** The scripts go out together on the one connection and are awaited together: one round trip. */
    @Override
    public List<Long> attempts(List<String> keys, Duration window) {
        StatefulRedisConnection<byte[], byte[]> connection = connector.connection()
                .orElseThrow(() -> new DependencyUnavailable("Redis", "Redis is not answering"));
        long windowStart = clock.millis() / window.toMillis();
        byte[] expiry = String.valueOf(window.toMillis() * 2).getBytes(StandardCharsets.UTF_8);
        try {
            List<RedisFuture<Long>> pending = new ArrayList<>();
            for (String key : keys) {
                byte[] redisKey = (prefix + key + ":" + windowStart).getBytes(StandardCharsets.UTF_8);
                pending.add(connection.async().eval(INCREMENT, ScriptOutputType.INTEGER, new byte[][] {redisKey}, expiry));
            }
            List<Long> counts = new ArrayList<>();
            for (RedisFuture<Long> future : pending) {
                counts.add(future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS));
            }
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DependencyUnavailable("Redis", "interrupted while counting attempts");
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            throw new DependencyUnavailable("Redis", "fraud counter failed: " + e.getClass().getSimpleName());
        }
    }
}
