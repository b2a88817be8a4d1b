package com.pakashop.adapter.redis;

import com.pakashop.application.health.ComponentHealth;
import com.pakashop.application.health.ReadinessProbe;
import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.application.ratelimit.RateLimiter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shared buckets in Redis while it answers; in-process buckets, a warning and a failing
 * readiness check while it does not. After a failure Redis is tried again only after a
 * cool-down, so an outage does not add a time-out to every request.
 */
public final class FailoverRateLimiter implements RateLimiter, ReadinessProbe {
    private static final Logger log = LoggerFactory.getLogger(FailoverRateLimiter.class);

    private final RedisRateLimiter redis;
    private final RedisConnector connector;
    private final InProcessRateLimiter local;
    private final Duration coolDown;
    private final Clock clock;
    private volatile Instant retryRedisAt = Instant.MIN;
    private volatile boolean fallingBack;

    public FailoverRateLimiter(RedisRateLimiter redis, RedisConnector connector, InProcessRateLimiter local,
                               Duration coolDown, Clock clock) {
        this.redis = redis;
        this.connector = connector;
        this.local = local;
        this.coolDown = coolDown;
        this.clock = clock;
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        Instant now = clock.instant();
        if (!now.isBefore(retryRedisAt)) {
            try {
                RateDecision decision = redis.tryConsume(key, limit);
                if (fallingBack) {
                    fallingBack = false;
                    log.info("Redis answers again; rate limits are shared across instances once more");
                }
                return decision;
            } catch (RuntimeException e) {
                retryRedisAt = now.plus(coolDown);
                if (!fallingBack) {
                    fallingBack = true;
                    log.warn("Redis is not answering ({}); rate limits fall back to in-process buckets", e.getClass().getSimpleName());
                }
            }
        }
        return local.tryConsume(key, limit);
    }

    @Override
    public String component() {
        return "redis";
    }

    @Override
    public ComponentHealth check() {
        return connector.ping()
                ? ComponentHealth.up("answering")
                : ComponentHealth.down("not answering; rate limits kept in-process");
    }
}
