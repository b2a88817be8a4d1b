package com.pakashop.application.jobs;

import java.time.Duration;
import java.util.Objects;

/** Work run again and again, {@code interval} after the previous run ends, by one worker at a time. */
public record RecurringJob(String name, Duration interval, Runnable body) {
    public RecurringJob {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(body, "body");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
    }
}
