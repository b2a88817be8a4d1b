package com.pakashop.adapter.flutterwave;

import java.net.URI;
import java.time.Duration;

/**
 * How we reach Flutterwave: base URL (the key decides test or live), the secret key, the secret
 * hash that authenticates webhooks, the time-out of each call, how long the circuit stays open
 * after repeated failures, and the e-mail sent as the customer's when we have none (Flutterwave
 * requires one).
 */
public record FlutterwaveSettings(URI baseUrl, String secretKey, String secretHash, Duration timeout,
                                  Duration circuitOpenFor, String fallbackCustomerEmail) {
    @Override
    public String toString() {
        return "FlutterwaveSettings[" + baseUrl + ", secrets hidden, " + timeout + ", circuit open " + circuitOpenFor + "]";
    }
}
