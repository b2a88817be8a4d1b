package com.pakashop.bootstrap.config;

import java.time.Duration;

/** The background worker: embedded in the HTTP process or not, how often it polls, when it gives up. */
public record WorkerSettings(boolean embedded, Duration pollInterval, int maxDeliveryAttempts, Duration outboxRetention) {
    static WorkerSettings read(EnvironmentReader env) {
        return new WorkerSettings(
                env.flag("PAKASHOP_EMBEDDED_WORKER", true),
                Duration.ofMillis(env.number("PAKASHOP_WORKER_POLL_MILLIS", 1000, 50, 60_000)),
                (int) env.number("PAKASHOP_OUTBOX_MAX_ATTEMPTS", 10, 1, 100),
                Duration.ofDays(env.number("PAKASHOP_OUTBOX_RETENTION_DAYS", 7, 1, 365)));
    }
}
