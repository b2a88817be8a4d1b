package com.pakashop.bootstrap.config;

import java.time.Duration;

/** The gateway's knobs: port, body limit, shutdown grace, rate limits per minute. */
public record HttpSettings(int port, long maxBodyBytes, Duration shutdownGrace, long perClientKeyPerMinute,
                           long perIpPerMinute, boolean trustForwardedFor) {
}
