package com.pakashop.application.fraud;

import java.time.Duration;

/** Attempt counters over a time window, shared by every instance. */
public interface FraudCounters {

    /** Counts one more attempt under {@code key} and returns the attempts in the current window, this one included. */
    long attempt(String key, Duration window);
}
