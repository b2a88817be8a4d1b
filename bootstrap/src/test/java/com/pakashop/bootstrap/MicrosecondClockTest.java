package com.pakashop.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MicrosecondClockTest {

    @Test
    void instantsLoseTheirNanosecondsButMillisAreTheBaseClocks() {
        Clock base = Clock.fixed(Instant.parse("2026-12-04T14:50:22.633107409Z"), ZoneOffset.UTC);
        MicrosecondClock clock = new MicrosecondClock(base);

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-12-04T14:50:22.633107Z"));
        assertThat(clock.millis()).isEqualTo(base.millis());
        assertThat(clock.withZone(ZoneOffset.ofHours(2)).instant()).isEqualTo(clock.instant());
    }
}
