package com.pakashop.benchmarks;

import com.pakashop.adapter.security.Argon2idPasswordHasher;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Time of one Argon2id verification (what a login costs in CPU) for candidate parameter sets "memoryKiB:iterations:parallelism". */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class PasswordHashBenchmark {
    @Param({"19456:2:1", "32768:3:1", "65536:3:1"})
    public String parameters;

    private Argon2idPasswordHasher hasher;
    private String hash;

    @Setup
    public void hashOnce() {
        String[] p = parameters.split(":");
        hasher = new Argon2idPasswordHasher(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        hash = hasher.hash("mango season in Kabwe");
    }

    @Benchmark
    public boolean verifyOnePassword() {
        return hasher.verify("mango season in Kabwe", hash);
    }
}
