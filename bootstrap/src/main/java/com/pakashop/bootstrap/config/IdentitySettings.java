package com.pakashop.bootstrap.config;

import java.time.Duration;

/** Password hashing cost and sign-in throttling. */
public record IdentitySettings(int argon2MemoryKib, int argon2Iterations, int argon2Parallelism,
                               int loginFreeFailures, Duration loginFirstLock, int ipFreeFailures,
                               Duration accessTokenLifetime, Duration refreshTokenLifetime) {
}
