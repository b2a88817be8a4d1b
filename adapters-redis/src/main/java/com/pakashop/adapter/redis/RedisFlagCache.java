package com.pakashop.adapter.redis;

import com.pakashop.application.config.FlagCache;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Flags in one Redis hash (FEATURE_FLAGS_REDIS_KEY), field per flag; errors are misses. The hash
 * expires a minute after its last write, so a change that could not be written through while
 * Redis was away is not shadowed for long by the old value.
 */
public final class RedisFlagCache implements FlagCache {
    private static final long EXPIRY_SECONDS = 60;

    private final RedisConnector connector;
    private final byte[] key;

    public RedisFlagCache(RedisConnector connector, String key) {
        this.connector = connector;
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public Optional<Boolean> get(String name) {
        return connector.connection().flatMap(connection -> {
            try {
                byte[] value = connection.sync().hget(key, name.getBytes(StandardCharsets.UTF_8));
                return Optional.ofNullable(value).map(v -> "1".equals(new String(v, StandardCharsets.UTF_8)));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void put(String name, boolean enabled) {
        connector.connection().ifPresent(connection -> {
            try {
                connection.sync().hset(key, name.getBytes(StandardCharsets.UTF_8),
                        (enabled ? "1" : "0").getBytes(StandardCharsets.UTF_8));
                connection.sync().expire(key, EXPIRY_SECONDS);
            } catch (RuntimeException e) {
                // the store is the truth; a stale or missing cache entry only costs a database read
            }
        });
    }
}
