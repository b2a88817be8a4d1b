package com.pakashop.application.ratelimit;

import java.time.Duration;

/** The answer for one request: allowed or not, what is left, and how long to wait when refused. */
public record RateDecision(boolean allowed, long remaining, Duration retryAfter) {

    public static RateDecision allowed(long remaining) {
        return new RateDecision(true, remaining, Duration.ZERO);
    }

    public static RateDecision refused(Duration retryAfter) {
        return new RateDecision(false, 0, retryAfter);
    }
}
