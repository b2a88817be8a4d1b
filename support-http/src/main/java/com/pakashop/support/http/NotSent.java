package com.pakashop.support.http;

/** The request certainly did not reach the provider (no connection, circuit open): another provider may be tried. */
public final class NotSent extends CallFailed {
    private final boolean circuitOpen;

    NotSent(String message, boolean circuitOpen) {
        super(message);
        this.circuitOpen = circuitOpen;
    }

    /** Whether our own breaker held it back after repeated failures, so trying again at once is pointless. */
    public boolean circuitOpen() {
        return circuitOpen;
    }
}
