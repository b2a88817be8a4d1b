package com.pakashop.benchmarks;

import com.pakashop.adapter.kalman.KalmanDefaults;
import com.pakashop.adapter.kalman.KalmanLocationSmoother;
import com.pakashop.application.tracking.FilterState;
import com.pakashop.application.tracking.Smoothing;
import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One Kalman filter update (predict, gate, update in Joseph form, a new state), single-threaded,
 * cycling through 1,024 prepared fixes of an agent driving through Lusaka so the branch predictor
 * sees realistic data. The goal: over 1,000,000 updates a second on one core.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class KalmanFilterBenchmark {
    private static final int FIXES = 1_024;
    private final KalmanLocationSmoother smoother = new KalmanLocationSmoother(KalmanDefaults.PROCESS_NOISE, 200 / 3.6);
    private Fix[] fixes;
    private Optional<FilterState> state;
    private int next;

    @Setup
    public void prepare() {
        Random random = new Random(1);
        fixes = new Fix[FIXES];
        Instant at = Instant.parse("2026-11-24T10:00:00Z");
        double lat = -15.4167;
        double lng = 28.2833;
        for (int i = 0; i < FIXES; i++) {
            lat += 0.0004 + random.nextGaussian() * 0.0001;
            lng += random.nextGaussian() * 0.0001;
            at = at.plusSeconds(5);
            fixes[i] = new Fix(new GeoPoint(lat, lng), 15, Optional.empty(), Optional.empty(), at);
        }
        restart();
    }

    /** Back to the first fix: one extra start per 1,023 updates. */
    private void restart() {
        state = smoother.smooth(Optional.empty(), fixes[0]).state();
        next = 1;
    }

    @Benchmark
    public Smoothing update() {
        Fix fix = fixes[next];
        Smoothing smoothing = smoother.smooth(state, fix);
        if (smoothing.state().isPresent()) {
            state = smoothing.state();
        }
        next++;
        if (next == FIXES) {
            restart();
        }
        return smoothing;
    }
}
