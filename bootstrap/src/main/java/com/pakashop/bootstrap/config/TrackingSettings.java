package com.pakashop.bootstrap.config;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Delivery tracking: the Kalman filter's process noise (m²/s³) and its speed gate (m/s), how long
 * fixes are kept, and where delivery signatures are stored.
 */
public record TrackingSettings(double processNoise, double maxSpeedMetresPerSecond, Duration fixRetention,
                               Path filesDirectory) {
}
