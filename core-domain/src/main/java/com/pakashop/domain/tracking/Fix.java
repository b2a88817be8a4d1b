package com.pakashop.domain.tracking;

import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One GPS reading from an agent's phone: where, how sure the phone is ({@code accuracy}, metres,
 * one standard deviation), optionally speed (m/s) and heading (degrees), and when it was taken.
 */
public record Fix(GeoPoint position, double accuracy, Optional<Double> speed, Optional<Double> heading,
                  Instant recordedAt) {
    /** Phones' clocks drift; a fix from further ahead than this is a wrong clock, not a fast agent. */
    public static final Duration MAX_AHEAD = Duration.ofSeconds(30);
    /** Older fixes are history, not live tracking. */
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    public Fix {
        Validation errors = new Validation();
        if (!Double.isFinite(accuracy) || accuracy <= 0 || accuracy > 10_000) {
            errors.add("accuracy", "must be a positive number of metres, at most 10000");
        }
        if (speed.map(s -> !Double.isFinite(s) || s < 0 || s > 100).orElse(false)) {
            errors.add("speed", "must be from 0 to 100 metres a second");
        }
        if (heading.map(h -> !Double.isFinite(h) || h < 0 || h >= 360).orElse(false)) {
            errors.add("heading", "must be from 0 up to 360 degrees");
        }
        errors.throwIfInvalid();
    }

    /** Refuses a fix taken too far in the future or too long ago to be live. */
    public void requireLive(Instant now, String field) {
        if (recordedAt.isAfter(now.plus(MAX_AHEAD))) {
            throw ValidationFailed.of(field, "is more than 30 seconds in the future; check the phone's clock");
        }
        if (recordedAt.isBefore(now.minus(MAX_AGE))) {
            throw ValidationFailed.of(field, "is more than 10 minutes old");
        }
    }
}
