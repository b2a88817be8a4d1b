package com.pakashop.testkit;

import java.time.Duration;

/**
 * Every wait a test makes, in one place. CI shares two cores with the database, where a WireMock
 * answer that takes a millisecond on a quiet machine took over 800 ms: waits for things that should
 * happen are long, and a stub meant to time out sleeps well past the client's limit.
 */
public final class TestTimeouts {
    /** How long an adapter under test waits for a provider (WireMock) before it calls the answer lost. */
    public static final Duration PROVIDER_CALL = Duration.ofSeconds(4);
    /** The delay of a stub whose answer must arrive too late: twice the client's limit. */
    public static final int TOO_LATE_MILLIS = (int) PROVIDER_CALL.multipliedBy(2).toMillis();
    /** How long a test waits for something asynchronous (a callback, a job, an event) to happen. */
    public static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private TestTimeouts() {
    }

    /** {@link #PROVIDER_CALL} in whole seconds, as the PAKASHOP_*_TIMEOUT_SECONDS variables take it. */
    public static String providerCallSeconds() {
        return Long.toString(PROVIDER_CALL.toSeconds());
    }
}
