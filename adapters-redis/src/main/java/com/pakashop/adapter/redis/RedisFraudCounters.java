package com.pakashop.adapter.redis;

import com.pakashop.application.fraud.FraudCounters;
import com.pakashop.domain.shared.DependencyUnavailable;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * Fixed-window attempt counters in Redis: one atomic script per attempt increments the window's
 * key and gives it an expiry on first use, so counters clean themselves up.
 */
public final class RedisFraudCounters implements FraudCounters {
    private static final String INCREMENT = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            return n""";

    private final RedisConnector connector;
    private final String prefix;
    private final Clock clock;

    public RedisFraudCounters(RedisConnector connector, String keyPrefix, Clock clock) {
        this.connector = connector;
        this.prefix = keyPrefix + "fraud:";
        this.clock = clock;
    }

    @Override
    public long attempt(String key, Duration window) {
        StatefulRedisConnection<byte[], byte[]> connection = connector.connection()
                .orElseThrow(() -> new DependencyUnavailable("Redis", "Redis is not answering"));
        long windowStart = clock.millis() / window.toMillis();
        byte[] redisKey = (prefix + key + ":" + windowStart).getBytes(StandardCharsets.UTF_8);
        try {
            Long count = connection.sync().eval(INCREMENT, ScriptOutputType.INTEGER, new byte[][] {redisKey},
                    String.valueOf(window.toMillis() * 2).getBytes(StandardCharsets.UTF_8));
            return count;
        } catch (RuntimeException e) {
            throw new DependencyUnavailable("Redis", "fraud counter failed: " + e.getClass().getSimpleName());
        }
    }
}
