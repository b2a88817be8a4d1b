package com.pakashop.domain.shared;

import java.time.Duration;
import java.util.Objects;

/** The caller has used up its quota; it may try again after {@link #retryAfter()}. */
public final class RateLimited extends PakashopException {
    private final Duration retryAfter;

    public RateLimited(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
