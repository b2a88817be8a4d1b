package com.pakashop.benchmarks;

import com.pakashop.adapter.redis.InProcessRateLimiter;
import com.pakashop.application.ratelimit.RateDecision;
import com.pakashop.application.ratelimit.RateLimit;
import com.pakashop.bootstrap.config.Secret;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-request work the gateway adds before a handler runs: the key check and the buckets. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GatewayChecksBenchmark {
    private final Secret clientKey = new Secret("benchmark-client-key-0123456789abcdef0123456789");
    private final String presented = "benchmark-client-key-0123456789abcdef0123456789";
    private final InProcessRateLimiter limiter = new InProcessRateLimiter(100_000);
    private final RateLimit generous = new RateLimit(1_000_000_000L, Duration.ofMinutes(1));

    @Benchmark
    public boolean constantTimeKeyCheck() {
        return clientKey.matches(presented);
    }

    @Benchmark
    public RateDecision inProcessBucketOneCaller() {
        return limiter.tryConsume("ip:127.0.0.1", generous);
    }

    @Benchmark
    public RateDecision inProcessBucketManyCallers() {
        return limiter.tryConsume("ip:10.0." + ThreadLocalRandom.current().nextInt(256) + ".1", generous);
    }
}
