package com.pakashop.domain.identity;

import java.time.Duration;
import java.util.Optional;

/**
 * How long to refuse logins after consecutive failures: a few free tries, then a lock that doubles
 * with each further failure, up to a ceiling. Applied per account and per caller IP.
 */
public record LoginThrottle(int freeFailures, Duration firstLock, Duration maxLock) {
    public LoginThrottle {
        if (freeFailures < 1 || firstLock.isNegative() || firstLock.isZero() || maxLock.compareTo(firstLock) < 0) {
            throw new IllegalArgumentException("need at least one free failure and 0 < firstLock <= maxLock");
        }
    }

    public Optional<Duration> lockAfter(int consecutiveFailures) {
        if (consecutiveFailures < freeFailures) {
            return Optional.empty();
        }
        int doublings = Math.min(consecutiveFailures - freeFailures, 20);
        Duration lock = firstLock.multipliedBy(1L << doublings);
        return Optional.of(lock.compareTo(maxLock) > 0 ? maxLock : lock);
    }
}
