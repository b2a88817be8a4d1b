package com.pakashop.application.fraud;

import com.pakashop.domain.shared.DependencyUnavailable;
import java.time.Duration;
import java.util.List;

/** Redis first; when it is away, the database, so screening never stops because a cache did. */
public final class FallbackFraudCounters implements FraudCounters {
    private final FraudCounters primary;
    private final FraudCounters fallback;

    public FallbackFraudCounters(FraudCounters primary, FraudCounters fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public List<Long> attempts(List<String> keys, Duration window) {
        try {
            return primary.attempts(keys, window);
        } catch (DependencyUnavailable e) {
            return fallback.attempts(keys, window);
        }
    }
}
