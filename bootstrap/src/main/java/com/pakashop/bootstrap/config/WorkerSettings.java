package com.pakashop.bootstrap.config;

import java.time.Duration;

/** The background worker: embedded in the HTTP process or not, how often it polls, when it gives up. */
public record WorkerSettings(boolean embedded, Duration pollInterval, int maxDeliveryAttempts, Duration outboxRetention) {
}
