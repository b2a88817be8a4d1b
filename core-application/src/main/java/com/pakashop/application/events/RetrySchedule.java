package com.pakashop.application.events;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off: the n-th retry waits {@code base * 2^(n-1)}, never more than {@code cap};
 * after {@code maxAttempts} tries there is no next attempt and the delivery is dead.
 */
public record RetrySchedule(int maxAttempts, Duration base, Duration cap) {
    public RetrySchedule {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("base must be positive and cap at least base");
        }
    }

    public Optional<Instant> nextAttempt(int attemptsMade, Instant now) {
        if (attemptsMade >= maxAttempts) {
            return Optional.empty();
        }
        int doublings = Math.min(attemptsMade - 1, 30);
        Duration wait = base.multipliedBy(1L << doublings);
        return Optional.of(now.plus(wait.compareTo(cap) > 0 ? cap : wait));
    }
}
