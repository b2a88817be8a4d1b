package com.pakashop.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void idsAreVersionSevenAndCarryTheirCreationTime() {
        Instant at = Instant.parse("2026-11-24T10:15:00Z");
        UUID id = new Ids(Clock.fixed(at, ZoneOffset.UTC)).next();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        Random random = new Random(42);
        UUID earlier = new Ids(Clock.fixed(Instant.parse("2026-11-24T10:15:00Z"), ZoneOffset.UTC), random).next();
        UUID later = new Ids(Clock.fixed(Instant.parse("2026-11-24T10:15:00.001Z"), ZoneOffset.UTC), random).next();

        assertThat(later.toString()).isGreaterThan(earlier.toString());
    }
}
