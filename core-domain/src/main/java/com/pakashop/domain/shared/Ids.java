package com.pakashop.domain.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562 §5.7): the first 48 bits are the Unix time in
 * milliseconds, so new rows land at the end of a B-tree index instead of at random pages.
 */
public final class Ids {
    private final Clock clock;
    private final Random random;

    public Ids(Clock clock) {
        this(clock, new SecureRandom());
    }

    Ids(Clock clock, Random random) {
        this.clock = clock;
        this.random = random;
    }

    public UUID next() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long randB = random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
        long lsb = randB | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }
}
