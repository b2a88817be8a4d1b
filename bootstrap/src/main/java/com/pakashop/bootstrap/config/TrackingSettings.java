package com.pakashop.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Delivery tracking: the Kalman filter's process noise (m²/s³) and its speed gate (m/s), how long
 * fixes are kept, and where delivery signatures are stored.
 */
public record TrackingSettings(double processNoise, double maxSpeedMetresPerSecond, Duration fixRetention,
                               Path filesDirectory) {
    static TrackingSettings read(EnvironmentReader env) {
        return new TrackingSettings(
                env.decimal("PAKASHOP_TRACKING_PROCESS_NOISE", 1.0, 0.001, 100),
                env.number("PAKASHOP_TRACKING_MAX_SPEED_KMH", 200, 10, 1000) / 3.6,
                Duration.ofDays(env.number("PAKASHOP_TRACKING_RETENTION_DAYS", 90, 1, 3650)),
                Path.of(env.text("PAKASHOP_FILES_DIR", "data/files")));
    }
}
