package com.pakashop.domain.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
    private static final GeoPoint KABULONGA = new GeoPoint(-15.4100, 28.3300);
    private final Delivery delivery = Delivery.dispatch(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
            UUID.randomUUID(), KABULONGA, "Plot 12", "hash", NOW);

    @Test
    void haversineGivesGreatCircleDistances() {
        GeoPoint lusaka = new GeoPoint(-15.3875, 28.3228);
        GeoPoint ndola = new GeoPoint(-12.9587, 28.6366);

        assertThat(lusaka.metresTo(ndola)).isCloseTo(272_000, Offset.offset(3_000.0));
        assertThat(KABULONGA.metresTo(new GeoPoint(-15.4100 + 400 / 111_195.0, 28.3300))).isCloseTo(400, Offset.offset(1.0));
        assertThat(KABULONGA.metresTo(KABULONGA)).isZero();
    }

    @Test
    void theGeofenceFiresTheFirstTimeWithin400MetresAndNeverAgain() {
        GeoPoint at450 = new GeoPoint(-15.4100 - 450 / 111_195.0, 28.3300);
        GeoPoint at390 = new GeoPoint(-15.4100 - 390 / 111_195.0, 28.3300);

        Delivery arrived = delivery.arrived(NOW);

        assertThat(delivery.arrivesWith(at450)).isFalse();
        assertThat(delivery.arrivesWith(at390)).isTrue();
        assertThat(arrived.arrivesWith(at390)).as("jitter back and forth announces nothing more").isFalse();
    }

    @Test
    void theFifthWrongPinLocksUntilUnlockedAndADeliveredOrderTakesNoMore() {
        Delivery tried = delivery;
        for (int i = 0; i < Delivery.MAX_WRONG_PINS; i++) {
            assertThat(tried.locked()).isFalse();
            tried = tried.wrongPin();
        }
        Delivery locked = tried;

        assertThat(locked.locked()).isTrue();
        assertThatThrownBy(locked::wrongPin).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> locked.confirmed("sha", NOW)).isInstanceOf(Conflict.class);
        Delivery done = locked.unlocked().confirmed("sha", NOW);
        assertThat(done.delivered()).isTrue();
        assertThatThrownBy(() -> done.confirmed("sha", NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(delivery::unlocked).isInstanceOf(Conflict.class);
    }

    @Test
    void positionsAndFixesOutsideTheirRangesAreRefused() {
        assertThatThrownBy(() -> new GeoPoint(91, 0)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> new GeoPoint(0, Double.NaN)).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> new Fix(KABULONGA, -1, Optional.empty(), Optional.empty(), NOW))
                .isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> new Fix(KABULONGA, 5, Optional.of(-3.0), Optional.of(360.0), NOW))
                .isInstanceOf(ValidationFailed.class);
        Fix fix = new Fix(KABULONGA, 5, Optional.empty(), Optional.empty(), NOW);
        assertThatThrownBy(() -> fix.requireLive(NOW.minusSeconds(31), "recordedAt")).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> fix.requireLive(NOW.plusSeconds(601), "recordedAt")).isInstanceOf(ValidationFailed.class);
        fix.requireLive(NOW.plusSeconds(599), "recordedAt");
    }
}
