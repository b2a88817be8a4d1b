package com.pakashop.application.fraud;

import java.time.Duration;
import java.util.List;

/** Attempt counters over a time window, shared by every instance. */
public interface FraudCounters {

    /** Counts one more attempt under {@code key} and returns the attempts in the current window, this one included. */
    long attempt(String key, Duration window);

    /** One more attempt under each key, counted together where the store allows (one round trip). */
    default List<Long> attempts(List<String> keys, Duration window) {
        return keys.stream().map(key -> attempt(key, window)).toList();
    }
}
