package com.pakashop.application.tracking;

import com.pakashop.domain.tracking.GeoPoint;
import java.util.Optional;

/**
 * What a smoother made of one fix: ACCEPTED (a new smoothed position and state), REJECTED (an
 * implausible jump; the state is unchanged), or LATE (older than the last accepted fix: kept as
 * history only).
 */
public record Smoothing(Outcome outcome, Optional<FilterState> state, Optional<GeoPoint> position,
                        Optional<Double> speedMetresPerSecond) {

    public enum Outcome { ACCEPTED, REJECTED, LATE }

    public static Smoothing accepted(FilterState state, GeoPoint position, double speed) {
        return new Smoothing(Outcome.ACCEPTED, Optional.of(state), Optional.of(position), Optional.of(speed));
    }

    public static Smoothing notTaken(Outcome outcome) {
        return new Smoothing(outcome, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
