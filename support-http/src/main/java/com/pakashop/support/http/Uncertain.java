package com.pakashop.support.http;

/**
 * The request may have reached the provider and may have been acted on (no answer in time, a
 * broken connection, 5xx, 429): only asking about it later, by the same id, tells. Never resend it
 * under a new id, never send it elsewhere.
 */
public final class Uncertain extends CallFailed {
    private final boolean timedOut;

    Uncertain(String message, boolean timedOut) {
        super(message);
        this.timedOut = timedOut;
    }

    /** Whether the caller's time is already spent waiting, so a retry would double the wait. */
    public boolean timedOut() {
        return timedOut;
    }
}
