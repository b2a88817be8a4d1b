package com.pakashop.support.http;

import java.time.Duration;

/**
 * How long one provider's calls may take and how long its circuit stays open after repeated
 * failures. The connection itself gets {@link HttpClients#CONNECT_TIMEOUT} on top.
 */
public record CallPolicy(Duration timeout, Duration circuitOpenFor) {
    public CallPolicy {
        if (timeout.isNegative() || timeout.isZero() || circuitOpenFor.isNegative() || circuitOpenFor.isZero()) {
            throw new IllegalArgumentException("a provider's time-out and open circuit must be positive");
        }
    }
}
