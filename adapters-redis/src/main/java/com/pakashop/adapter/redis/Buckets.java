package com.pakashop.adapter.redis;

import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;

/** Translation between our rate-limit values and Bucket4j's, shared by both limiters. */
final class Buckets {
    private Buckets() {
    }

    static BucketConfiguration configuration(RateLimit limit) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity()).refillGreedy(limit.capacity(), limit.period()).build())
                .build();
    }

    static RateDecision decision(ConsumptionProbe probe) {
        if (probe.isConsumed()) {
            return RateDecision.allowed(probe.getRemainingTokens());
        }
        long waitNanos = probe.getNanosToWaitForRefill();
        Duration wait = Duration.ofNanos(waitNanos);
        return RateDecision.refused(wait.isZero() ? Duration.ofSeconds(1) : wait);
    }
}
