package com.pakashop.adapter.kalman;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.tracking.FilterState;
import com.pakashop.application.tracking.Smoothing;
import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class KalmanLocationSmootherTest {
    /** Lusaka, Cairo Road. */
    private static final GeoPoint START = new GeoPoint(-15.4167, 28.2833);
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final double SIGMA = 15;
    private final KalmanLocationSmoother smoother = new KalmanLocationSmoother(KalmanDefaults.PROCESS_NOISE, 200 / 3.6);

    @Test
    void onARouteWithTurnsAndOutliersTheSmoothedTrackIsAtLeastFortyPercentCloserThanTheRawFixes() {
        Random random = new Random(42);
        List<Sample> route = route(random);
        Optional<FilterState> state = Optional.empty();
        double rawSquares = 0;
        double smoothSquares = 0;
        int outliers = 0;
        for (Sample sample : route) {
            Fix fix = sample.fix();
            Smoothing smoothing = smoother.smooth(state, fix);
            if (smoothing.outcome() == Smoothing.Outcome.ACCEPTED) {
                state = smoothing.state();
            }
            GeoPoint estimate = state.isEmpty() ? fix.position() : lastPosition(state.get());
            rawSquares += square(fix.position().metresTo(sample.truth()));
            smoothSquares += square(estimate.metresTo(sample.truth()));
            outliers += sample.outlier() ? 1 : 0;
        }
        double rawRmse = Math.sqrt(rawSquares / route.size());
        double smoothRmse = Math.sqrt(smoothSquares / route.size());

        assertThat(outliers).isBetween(3, 10);
        assertThat(smoothRmse).as("raw RMSE %.1f m, smoothed %.1f m", rawRmse, smoothRmse).isLessThan(0.6 * rawRmse);
    }

    @Test
    void withoutOutliersTheFilterStillBeatsTheRawNoise() {
        Random random = new Random(7);
        Optional<FilterState> state = Optional.empty();
        double rawSquares = 0;
        double smoothSquares = 0;
        List<Sample> route = route(random).stream().filter(s -> !s.outlier()).toList();
        for (Sample sample : route) {
            Smoothing smoothing = smoother.smooth(state, sample.fix());
            state = smoothing.state().isPresent() ? smoothing.state() : state;
            rawSquares += square(sample.fix().position().metresTo(sample.truth()));
            smoothSquares += square(lastPosition(state.orElseThrow()).metresTo(sample.truth()));
        }

        assertThat(Math.sqrt(smoothSquares / route.size())).isLessThan(0.9 * Math.sqrt(rawSquares / route.size()));
    }

    @Test
    void aStandingAgentDoesNotDrift() {
        Random random = new Random(3);
        Optional<FilterState> state = Optional.empty();
        double worst = 0;
        double squares = 0;
        for (int i = 0; i < 360; i++) {
            Smoothing smoothing = smoother.smooth(state, fix(noisy(START, random, SIGMA), SIGMA, T0.plusSeconds(5L * i)));
            state = smoothing.state().isPresent() ? smoothing.state() : state;
            double error = lastPosition(state.get()).metresTo(START);
            squares += error * error;
            worst = i >= 12 ? Math.max(worst, error) : worst;
        }
        double[] values = state.orElseThrow().values();

        assertThat(worst).as("half an hour standing still: the estimate stays near").isLessThan(45);
        assertThat(Math.sqrt(squares / 360)).as("RMSE, against about 21 m for the raw fixes").isLessThan(21);
        assertThat(Math.hypot(values[4], values[5])).as("speed estimate, m/s").isLessThan(2.5);
    }

    @Test
    void irregularIntervalsAreTakenFromTheTimestampsAndOlderFixesAreLate() {
        Smoothing first = smoother.smooth(Optional.empty(), fix(START, 10, T0));
        Smoothing muchLater = smoother.smooth(first.state(), fix(offset(START, 0, 300), 10, T0.plusSeconds(60)));
        Smoothing older = smoother.smooth(muchLater.state(), fix(offset(START, 0, 150), 10, T0.plusSeconds(30)));
        Smoothing same = smoother.smooth(muchLater.state(), fix(offset(START, 0, 300), 10, T0.plusSeconds(60)));

        assertThat(muchLater.outcome()).as("300 m in a minute is 18 km/h").isEqualTo(Smoothing.Outcome.ACCEPTED);
        assertThat(older.outcome()).isEqualTo(Smoothing.Outcome.LATE);
        assertThat(older.state()).isEmpty();
        assertThat(same.outcome()).isEqualTo(Smoothing.Outcome.LATE);
    }

    @Test
    void anImplausibleJumpIsRejectedWithoutTouchingTheStateAndAcceptedOnceItIsPlausible() {
        Smoothing first = smoother.smooth(Optional.empty(), fix(START, 10, T0));
        Smoothing second = smoother.smooth(first.state(), fix(offset(START, 0, 40), 10, T0.plusSeconds(5)));
        Smoothing jump = smoother.smooth(second.state(), fix(offset(START, 2_000, 0), 10, T0.plusSeconds(10)));
        Smoothing muchLater = smoother.smooth(second.state(), fix(offset(START, 2_000, 0), 10, T0.plusSeconds(300)));

        assertThat(jump.outcome()).as("2 km in 5 s").isEqualTo(Smoothing.Outcome.REJECTED);
        assertThat(jump.state()).isEmpty();
        assertThat(muchLater.outcome()).as("2 km in five minutes is a ride").isEqualTo(Smoothing.Outcome.ACCEPTED);
    }

    /** Any run of fixes at any intervals and accuracies keeps the covariance symmetric positive-definite. */
    @Property(tries = 300)
    void theCovarianceStaysSymmetricPositiveDefinite(
            @ForAll @Size(min = 1, max = 80) List<@LongRange(min = 1, max = 120_000) Long> gapsMillis,
            @ForAll @Size(min = 80, max = 80) List<@DoubleRange(min = 1, max = 500) Double> accuracies,
            @ForAll @IntRange(min = 0, max = 10_000) int seed) {
        Random random = new Random(seed);
        Optional<FilterState> state = Optional.empty();
        Instant at = T0;
        GeoPoint truth = START;
        for (int i = 0; i < gapsMillis.size(); i++) {
            at = at.plusMillis(gapsMillis.get(i));
            truth = offset(truth, random.nextGaussian() * 20, random.nextGaussian() * 20);
            Smoothing smoothing = smoother.smooth(state, fix(noisy(truth, random, accuracies.get(i)), accuracies.get(i), at));
            if (smoothing.state().isPresent()) {
                state = smoothing.state();
                assertSymmetricPositiveDefinite(covariance(state.get()));
            }
        }
    }

    private static void assertSymmetricPositiveDefinite(double[] p) {
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 4; col++) {
                double scale = Math.max(1, Math.abs(p[row * 4 + col]));
                assertThat(Math.abs(p[row * 4 + col] - p[col * 4 + row]) / scale).isLessThan(1e-9);
            }
        }
        double[] l = new double[16];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = p[i * 4 + j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i * 4 + k] * l[j * 4 + k];
                }
                if (i == j) {
                    assertThat(sum).as("Cholesky pivot %d", i).isPositive();
                    l[i * 4 + i] = Math.sqrt(sum);
                } else {
                    l[i * 4 + j] = sum / l[j * 4 + j];
                }
            }
        }
    }

    /**
     * About 17 minutes of driving: straight roads and right-angle turns at 20–60 km/h, a fix every
     * 5 s with Gaussian noise of 15 m, and now and then a 500 m outlier.
     */
    private static List<Sample> route(Random random) {
        List<Sample> samples = new ArrayList<>();
        GeoPoint truth = START;
        double headingDegrees = 0;
        Instant at = T0;
        for (int leg = 0; leg < 8; leg++) {
            double speed = (20 + random.nextInt(41)) / 3.6;
            int fixes = 15 + random.nextInt(15);
            for (int i = 0; i < fixes; i++) {
                double heading = Math.toRadians(headingDegrees);
                truth = offset(truth, Math.sin(heading) * speed * 5, Math.cos(heading) * speed * 5);
                at = at.plusSeconds(5);
                boolean outlier = random.nextInt(50) == 0;
                GeoPoint measured = outlier ? offset(truth, 500 * Math.cos(i), 500 * Math.sin(i)) : noisy(truth, random, SIGMA);
                samples.add(new Sample(truth, fix(measured, SIGMA, at), outlier));
            }
            headingDegrees += random.nextBoolean() ? 90 : -90;
        }
        return samples;
    }

    private static GeoPoint noisy(GeoPoint truth, Random random, double sigma) {
        return offset(truth, random.nextGaussian() * sigma, random.nextGaussian() * sigma);
    }

    private static GeoPoint offset(GeoPoint from, double eastMetres, double northMetres) {
        double lat = from.lat() + Math.toDegrees(northMetres / 6_371_008.8);
        double lng = from.lng() + Math.toDegrees(eastMetres / (6_371_008.8 * Math.cos(Math.toRadians(from.lat()))));
        return new GeoPoint(lat, lng);
    }

    private static Fix fix(GeoPoint position, double accuracy, Instant at) {
        return new Fix(position, accuracy, Optional.empty(), Optional.empty(), at);
    }

    private static GeoPoint lastPosition(FilterState state) {
        double[] v = state.values();
        double cos = Math.cos(Math.toRadians(v[0]));
        return new GeoPoint(v[0] + Math.toDegrees(v[3] / 6_371_008.8), v[1] + Math.toDegrees(v[2] / (6_371_008.8 * cos)));
    }

    private static double[] covariance(FilterState state) {
        double[] p = new double[16];
        System.arraycopy(state.values(), 6, p, 0, 16);
        return p;
    }

    private static double square(double x) {
        return x * x;
    }

    private record Sample(GeoPoint truth, Fix fix, boolean outlier) {
    }
}
