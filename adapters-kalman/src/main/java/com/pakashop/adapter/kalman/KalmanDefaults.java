package com.pakashop.adapter.kalman;

/** Tuned on the synthetic Lusaka routes of the tests (20–60 km/h with turns, fixes every 5 s, σ = 15 m). */
public final class KalmanDefaults {
    /** White-acceleration spectral density, m²/s³. */
    public static final double PROCESS_NOISE = 1.0;

    private KalmanDefaults() {
    }
}
