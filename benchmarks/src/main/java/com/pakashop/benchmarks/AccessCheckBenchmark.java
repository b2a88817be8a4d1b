package com.pakashop.benchmarks;

import com.pakashop.adapter.security.JwtAccessTokens;
import com.pakashop.application.identity.AccessTokens.AccessClaims;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.Role;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * The CPU cost per request of checking who calls: HS256 signature and claims verification, then
 * the permission matrix. (The account lookup that follows is one primary-key read, measured with
 * the HTTP load driver instead.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AccessCheckBenchmark {
    private JwtAccessTokens tokens;
    private String token;
    private final Set<Role> roles = Set.of(Role.ADMIN);

    @Setup
    public void issue() {
        tokens = new JwtAccessTokens("benchmark-jwt-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8),
                Duration.ofMinutes(15), Duration.ofMinutes(10), Clock.systemUTC());
        token = tokens.issue(new AccessClaims(UUID.randomUUID(), 0, false));
    }

    @Benchmark
    public boolean verifyTokenAndCheckPermission() {
        AccessClaims claims = tokens.verify(token);
        return Principal.user(claims.userId(), roles).can(Permission.USERS_SUSPEND);
    }

    @Benchmark
    public boolean permissionCheckAlone() {
        return Principal.user(UUID.randomUUID(), roles).can(Permission.USERS_SUSPEND);
    }
}
