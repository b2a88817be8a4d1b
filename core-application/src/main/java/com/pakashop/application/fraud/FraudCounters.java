package com.pakashop.application.fraud;

import java.time.Duration;
import java.util.List;

/** Attempt counters over a time window, shared by every instance. */
public interface FraudCounters {

    /**
     * Counts one more attempt under each key and returns, in the same order, the attempts in the
     * current window, this one included; counted together where the store allows (one round trip).
     */
    List<Long> attempts(List<String> keys, Duration window);
}
