package com.pakashop.adapter.kalman;

import com.pakashop.application.tracking.FilterState;
import com.pakashop.application.tracking.LocationSmoother;
import com.pakashop.application.tracking.Smoothing;
import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import java.util.Optional;

/**
 * A Kalman filter with a constant-velocity model, in metres east and north of a reference point
 * near the agent (an equirectangular projection, exact enough within the 20 km we allow before
 * moving the reference). The state is position and velocity; the time step is taken from the
 * fixes' own timestamps, so irregular intervals are handled; each fix's reported accuracy is its
 * measurement noise; process noise is white acceleration of spectral density {@code q} (m²/s³).
 * A fix implying a speed above {@code maxSpeed}, after allowing for its accuracy, is rejected and
 * leaves the state as it was; since the time since the last accepted fix keeps growing, a real
 * jump (after a tunnel, say) is accepted once it is plausible again.
 *
 * <p>The covariance is updated in Joseph form and kept symmetric, so it stays positive-definite
 * over long runs. State layout in {@link FilterState#values()}: reference latitude and longitude,
 * then east, north, east velocity, north velocity, then the 4×4 covariance row by row.
 */
public final class KalmanLocationSmoother implements LocationSmoother {
    static final int SIZE = 22;
    private static final double EARTH_RADIUS_METRES = 6_371_008.8;
    private static final double REANCHOR_METRES = 20_000;
    /** How unsure we are of a first fix's velocity when the phone reports none, m/s. */
    private static final double UNKNOWN_SPEED = 15;

    private final double q;
    private final double maxSpeed;

    /** {@code processNoise} in m²/s³; {@code maxSpeedMetresPerSecond} gates implausible jumps (200 km/h ≈ 55.6 m/s). */
    public KalmanLocationSmoother(double processNoise, double maxSpeedMetresPerSecond) {
        if (!(processNoise > 0) || !(maxSpeedMetresPerSecond > 0)) {
            throw new IllegalArgumentException("process noise and the speed gate must be positive");
        }
        this.q = processNoise;
        this.maxSpeed = maxSpeedMetresPerSecond;
    }

    @Override
    public Smoothing smooth(Optional<FilterState> state, Fix fix) {
        if (state.isEmpty()) {
            return start(fix);
        }
        FilterState previous = state.get();
        double dt = (fix.recordedAt().toEpochMilli() - previous.lastFixAt().toEpochMilli()) / 1000.0;
        if (dt <= 0) {
            return Smoothing.notTaken(Smoothing.Outcome.LATE);
        }
        double[] s = previous.values();
        double refLat = s[0];
        double refLng = s[1];
        double cosRef = Math.cos(Math.toRadians(refLat));
        double ze = Math.toRadians(fix.position().lng() - refLng) * EARTH_RADIUS_METRES * cosRef;
        double zn = Math.toRadians(fix.position().lat() - refLat) * EARTH_RADIUS_METRES;
        double r = fix.accuracy() * fix.accuracy();

        double jump = Math.hypot(ze - s[2], zn - s[3]) - 2 * fix.accuracy();
        if (jump / dt > maxSpeed) {
            return Smoothing.notTaken(Smoothing.Outcome.REJECTED);
        }

        double[] x = {s[2] + dt * s[4], s[3] + dt * s[5], s[4], s[5]};
        double[] p = predictCovariance(s, dt);

        // S = H P Hᵀ + R, with H picking the two position components.
        double s00 = p[0] + r;
        double s01 = p[1];
        double s11 = p[5] + r;
        double det = s00 * s11 - s01 * s01;
        double i00 = s11 / det;
        double i01 = -s01 / det;
        double i11 = s00 / det;
        // K = P Hᵀ S⁻¹: P's first two columns times S⁻¹.
        double[] k = new double[8];
        for (int row = 0; row < 4; row++) {
            double a = p[row * 4];
            double b = p[row * 4 + 1];
            k[row * 2] = a * i00 + b * i01;
            k[row * 2 + 1] = a * i01 + b * i11;
        }
        double ye = ze - x[0];
        double yn = zn - x[1];
        for (int row = 0; row < 4; row++) {
            x[row] += k[row * 2] * ye + k[row * 2 + 1] * yn;
        }
        double[] updated = josephUpdate(p, k, r);

        double[] next = new double[SIZE];
        next[0] = refLat;
        next[1] = refLng;
        System.arraycopy(x, 0, next, 2, 4);
        System.arraycopy(updated, 0, next, 6, 16);
        GeoPoint position = toGeo(refLat, refLng, cosRef, x[0], x[1]);
        if (Math.abs(x[0]) > REANCHOR_METRES || Math.abs(x[1]) > REANCHOR_METRES) {
            next[0] = position.lat();
            next[1] = position.lng();
            next[2] = 0;
            next[3] = 0;
        }
        return Smoothing.accepted(new FilterState(fix.recordedAt(), next), position, Math.hypot(x[2], x[3]));
    }

    private static Smoothing start(Fix fix) {
        double[] s = new double[SIZE];
        s[0] = fix.position().lat();
        s[1] = fix.position().lng();
        double speedSigma = UNKNOWN_SPEED;
        if (fix.speed().isPresent() && fix.heading().isPresent()) {
            double heading = Math.toRadians(fix.heading().get());
            s[4] = fix.speed().get() * Math.sin(heading);
            s[5] = fix.speed().get() * Math.cos(heading);
            speedSigma = 3;
        }
        double r = fix.accuracy() * fix.accuracy();
        s[6] = r;
        s[6 + 5] = r;
        s[6 + 10] = speedSigma * speedSigma;
        s[6 + 15] = speedSigma * speedSigma;
        return Smoothing.accepted(new FilterState(fix.recordedAt(), s), fix.position(), Math.hypot(s[4], s[5]));
    }

    /** F P Fᵀ + Q for F = [[I, dt·I], [0, I]] and white-acceleration Q, on the state's covariance. */
    private double[] predictCovariance(double[] s, double dt) {
        double[] p = new double[16];
        System.arraycopy(s, 6, p, 0, 16);
        double[] fp = new double[16];
        for (int col = 0; col < 4; col++) {
            fp[col] = p[col] + dt * p[8 + col];
            fp[4 + col] = p[4 + col] + dt * p[12 + col];
            fp[8 + col] = p[8 + col];
            fp[12 + col] = p[12 + col];
        }
        double[] out = new double[16];
        for (int row = 0; row < 4; row++) {
            out[row * 4] = fp[row * 4] + dt * fp[row * 4 + 2];
            out[row * 4 + 1] = fp[row * 4 + 1] + dt * fp[row * 4 + 3];
            out[row * 4 + 2] = fp[row * 4 + 2];
            out[row * 4 + 3] = fp[row * 4 + 3];
        }
        double dt2 = dt * dt;
        double qPos = q * dt2 * dt / 3;
        double qCross = q * dt2 / 2;
        double qVel = q * dt;
        out[0] += qPos;
        out[5] += qPos;
        out[2] += qCross;
        out[8] += qCross;
        out[7] += qCross;
        out[13] += qCross;
        out[10] += qVel;
        out[15] += qVel;
        return out;
    }

    /** (I − KH) P (I − KH)ᵀ + K R Kᵀ, symmetrised: stable where the short form drifts from symmetry. */
    private static double[] josephUpdate(double[] p, double[] k, double r) {
        double[] a = new double[16];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                double identity = row == col ? 1 : 0;
                double kh = col < 2 ? k[row * 2 + col] : 0;
                a[row * 4 + col] = identity - kh;
            }
        }
        double[] ap = new double[16];
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                double sum = 0;
                for (int m = 0; m < 4; m++) {
                    sum += a[row * 4 + m] * p[m * 4 + col];
                }
                ap[row * 4 + col] = sum;
            }
        }
        double[] out = new double[16];
        for (int row = 0; row < 4; row++) {
            for (int col = row; col < 4; col++) {
                double sum = 0;
                for (int m = 0; m < 4; m++) {
                    sum += ap[row * 4 + m] * a[col * 4 + m];
                }
                sum += r * (k[row * 2] * k[col * 2] + k[row * 2 + 1] * k[col * 2 + 1]);
                out[row * 4 + col] = sum;
                out[col * 4 + row] = sum;
            }
        }
        return out;
    }

    private static GeoPoint toGeo(double refLat, double refLng, double cosRef, double east, double north) {
        double lat = refLat + Math.toDegrees(north / EARTH_RADIUS_METRES);
        double lng = refLng + Math.toDegrees(east / (EARTH_RADIUS_METRES * cosRef));
        return new GeoPoint(Math.max(-90, Math.min(90, lat)), ((lng + 540) % 360) - 180);
    }
}
