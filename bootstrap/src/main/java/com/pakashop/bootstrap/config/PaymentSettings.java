package com.pakashop.bootstrap.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How payments are run: where card buyers come back to ({@code frontendUrl}), our own public
 * address for callbacks (empty: wherever the API listens), when the reconciler asks a provider
 * about a payment and when it gives up, how long the mock provider takes to settle, and how the
 * real providers are reached (time-out per call, how long a circuit stays open).
 */
public record PaymentSettings(String frontendUrl, Optional<String> publicBaseUrl, Duration recheckAfter,
                              Duration giveUpAfter, Duration mockDelay, String pawapayBaseUrl,
                              String flutterwaveBaseUrl, Duration providerTimeout, Duration circuitOpenFor,
                              String flutterwaveCustomerEmail) {
}
