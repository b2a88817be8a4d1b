package com.pakashop.bootstrap.config;

import java.time.Duration;

/** The gateway's knobs: port, body limit, shutdown grace, rate limits per minute. */
public record HttpSettings(int port, long maxBodyBytes, Duration shutdownGrace, long perClientKeyPerMinute,
                           long perIpPerMinute, boolean trustForwardedFor) {
    static HttpSettings read(EnvironmentReader env) {
        return new HttpSettings(
                (int) env.number("PORT", 8000, 0, 65535),
                env.number("PAKASHOP_MAX_BODY_BYTES", 1_048_576, 1024, 64L * 1024 * 1024),
                Duration.ofSeconds(env.number("PAKASHOP_SHUTDOWN_GRACE_SECONDS", 20, 0, 600)),
                env.number("PAKASHOP_RATE_LIMIT_PER_KEY_PER_MINUTE", 6000, 1, 100_000_000),
                env.number("PAKASHOP_RATE_LIMIT_PER_IP_PER_MINUTE", 600, 1, 100_000_000),
                env.flag("PAKASHOP_TRUST_FORWARDED_FOR", false));
    }
}
