package com.pakashop.application.tracking;

import java.time.Instant;
import java.util.Arrays;

/**
 * What a smoother needs to carry on from the last accepted fix, kept with the delivery so another
 * instance (or this one after a restart) resumes where it stopped. {@code values} is the
 * smoother's own numbers (for the Kalman filter: reference point, state and covariance); the core
 * stores them and never reads them. The array is never changed after construction.
 */
public record FilterState(Instant lastFixAt, double[] values) {
    public FilterState {
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FilterState state && state.lastFixAt.equals(lastFixAt)
                && Arrays.equals(state.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * lastFixAt.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FilterState[" + lastFixAt + ", " + values.length + " values]";
    }
}
