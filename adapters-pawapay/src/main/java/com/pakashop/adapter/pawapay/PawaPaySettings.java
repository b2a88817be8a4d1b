package com.pakashop.adapter.pawapay;

import java.net.URI;
import java.time.Duration;

/**
 * How we reach pawaPay: base URL (sandbox or production; only it and the token differ), the API
 * token, the time-out of each call, how old a signed callback may be, and how long the circuit
 * stays open after repeated failures before a few calls may test pawaPay again.
 */
public record PawaPaySettings(URI baseUrl, String apiToken, Duration timeout, Duration callbackMaxAge,
                              Duration circuitOpenFor) {
    @Override
    public String toString() {
        return "PawaPaySettings[" + baseUrl + ", token hidden, " + timeout + ", " + callbackMaxAge + ", circuit open " + circuitOpenFor + "]";
    }
}
