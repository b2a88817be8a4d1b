package com.pakashop.application.shared;

import java.time.Duration;

/**
 * Waiting between polls, injected like the clock so a test can advance time instead of sleeping.
 * {@link #realTime()} is the only implementation that blocks a thread.
 */
@FunctionalInterface
public interface Pause {

    void pause(Duration length);

    static Pause realTime() {
        return length -> {
            try {
                Thread.sleep(length.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting", e);
            }
        };
    }
}
