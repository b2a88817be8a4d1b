package com.pakashop.adapter.redis;

import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.application.ratelimit.RateLimiter;
import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this process's memory: the limiter when no Redis is configured, and the fall-back
 * while Redis is away. Each instance of the service then counts on its own.
 */
public final class InProcessRateLimiter implements RateLimiter {
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final int maxKeys;

    public InProcessRateLimiter(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    @Override
    public RateDecision tryConsume(String key, RateLimit limit) {
        if (buckets.size() >= maxKeys) {
            forgetFullBuckets();
        }
        Entry entry = buckets.computeIfAbsent(key,
                k -> new Entry(Bucket.builder().addLimit(Buckets.configuration(limit).getBandwidths()[0]).build(), limit));
        return Buckets.decision(entry.bucket().tryConsumeAndReturnRemaining(1));
    }

    /** A full bucket behaves exactly like a new one, so dropping it loses nothing. */
    private void forgetFullBuckets() {
        buckets.entrySet().removeIf(e -> e.getValue().bucket().getAvailableTokens() >= e.getValue().limit().capacity());
    }

    private record Entry(Bucket bucket, RateLimit limit) {
    }
}
