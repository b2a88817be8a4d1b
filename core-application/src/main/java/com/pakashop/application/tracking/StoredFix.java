package com.pakashop.application.tracking;

import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.Optional;

/** A fix as received, what the smoother made of it, and where it put the agent when it accepted it. */
public record StoredFix(Fix raw, Smoothing.Outcome outcome, Optional<GeoPoint> smoothed, Instant receivedAt) {
}
