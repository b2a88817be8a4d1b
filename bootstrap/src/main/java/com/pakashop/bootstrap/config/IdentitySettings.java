package com.pakashop.bootstrap.config;

import java.time.Duration;

/** Password hashing cost and sign-in throttling. */
public record IdentitySettings(int argon2MemoryKib, int argon2Iterations, int argon2Parallelism,
                               int loginFreeFailures, Duration loginFirstLock, int ipFreeFailures,
                               Duration accessTokenLifetime, Duration refreshTokenLifetime) {
    static IdentitySettings read(EnvironmentReader env) {
        // 32 MiB, 3 passes: ~90 ms a hash on this machine (docs/benchmarks.md), above OWASP's m=19 MiB, t=2 floor
        return new IdentitySettings(
                (int) env.number("PAKASHOP_ARGON2_MEMORY_KIB", 32_768, 8_192, 1_048_576),
                (int) env.number("PAKASHOP_ARGON2_ITERATIONS", 3, 1, 10),
                (int) env.number("PAKASHOP_ARGON2_PARALLELISM", 1, 1, 8),
                (int) env.number("PAKASHOP_LOGIN_FREE_FAILURES", 5, 1, 100),
                Duration.ofSeconds(env.number("PAKASHOP_LOGIN_FIRST_LOCK_SECONDS", 60, 1, 86_400)),
                (int) env.number("PAKASHOP_LOGIN_IP_FREE_FAILURES", 30, 1, 10_000),
                Duration.ofMinutes(15),
                Duration.ofDays(env.number("PAKASHOP_REFRESH_TOKEN_DAYS", 30, 1, 365)));
    }
}
