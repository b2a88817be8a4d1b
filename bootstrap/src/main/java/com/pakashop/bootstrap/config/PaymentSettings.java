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
    static PaymentSettings read(EnvironmentReader env, boolean prod) {
        return new PaymentSettings(
                env.url("PAKASHOP_FRONTEND_URL").orElse("http://localhost:3000"),
                env.url("PAKASHOP_PUBLIC_BASE_URL"),
                Duration.ofSeconds(env.number("PAKASHOP_PAYMENT_RECHECK_SECONDS", 120, 10, 86_400)),
                Duration.ofMinutes(env.number("PAKASHOP_PAYMENT_GIVE_UP_MINUTES", 60, 5, 10_080)),
                Duration.ofMillis(env.number("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", 3_000, 0, 600_000)),
                env.url("PAKASHOP_PAWAPAY_BASE_URL").orElse(prod ? "https://api.pawapay.io" : "https://api.sandbox.pawapay.io"),
                env.url("PAKASHOP_FLUTTERWAVE_BASE_URL").orElse("https://api.flutterwave.com"),
                Duration.ofSeconds(env.number("PAKASHOP_PROVIDER_TIMEOUT_SECONDS", 15, 1, 120)),
                Duration.ofSeconds(env.number("PAKASHOP_PROVIDER_CIRCUIT_OPEN_SECONDS", 30, 1, 600)),
                env.text("PAKASHOP_FLUTTERWAVE_CUSTOMER_EMAIL").orElse("payments@pakashop.zm"));
    }
}
