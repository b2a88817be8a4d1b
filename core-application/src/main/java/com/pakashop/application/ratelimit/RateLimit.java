package com.pakashop.application.ratelimit;

import java.time.Duration;

/** At most {@code capacity} requests per {@code period}, refilled smoothly. */
public record RateLimit(long capacity, Duration period) {
    public RateLimit {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("period must be positive");
        }
    }
}
