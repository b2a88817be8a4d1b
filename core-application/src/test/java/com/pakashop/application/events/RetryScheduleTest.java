package com.pakashop.application.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");
    private final RetrySchedule schedule = new RetrySchedule(5, Duration.ofSeconds(10), Duration.ofSeconds(60));

    @Test
    void waitsTwiceAsLongAfterEachFailure() {
        assertThat(schedule.nextAttempt(1, now)).contains(now.plusSeconds(10));
        assertThat(schedule.nextAttempt(2, now)).contains(now.plusSeconds(20));
        assertThat(schedule.nextAttempt(3, now)).contains(now.plusSeconds(40));
    }

    @Test
    void neverWaitsLongerThanTheCap() {
        assertThat(schedule.nextAttempt(4, now)).contains(now.plusSeconds(60));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(schedule.nextAttempt(5, now)).isEmpty();
    }
}
