package com.pakashop.bootstrap;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The system clock in microseconds, the precision PostgreSQL keeps, so a time an answer shows at
 * creation equals the same time read back later. Java 17's {@code Clock.tick} cannot be used: its
 * {@code millis()} divides by zero for ticks under a millisecond.
 */
final class MicrosecondClock extends Clock {
    private final Clock base;

    MicrosecondClock(Clock base) {
        this.base = base;
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new MicrosecondClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        return base.instant().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public long millis() {
        return base.millis();
    }
}
