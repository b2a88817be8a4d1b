package com.pakashop.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), Duration.ofHours(1));

    @Test
    void theFirstFailuresAreFree() {
        assertThat(throttle.lockAfter(4)).isEmpty();
    }

    @Test
    void eachFurtherFailureDoublesTheLockUpToTheCeiling() {
        assertThat(throttle.lockAfter(5)).contains(Duration.ofMinutes(1));
        assertThat(throttle.lockAfter(6)).contains(Duration.ofMinutes(2));
        assertThat(throttle.lockAfter(8)).contains(Duration.ofMinutes(8));
        assertThat(throttle.lockAfter(50)).contains(Duration.ofHours(1));
    }
}
