package com.pakashop.domain.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoyaltyTermsTest {
    private final LoyaltyTerms terms = new LoyaltyTerms(1, Money.zmw(1), 2_000, 12);

    @Test
    void pointsAreEarnedOnWholeKwachaOnly() {
        assertThat(terms.earnedFor(Money.zmw(14_999))).isEqualTo(149);
        assertThat(terms.earnedFor(Money.zmw(99))).isZero();
    }

    @Test
    void pointsMayPayUpToTheCap() {
        assertThat(terms.mostRedeemableOn(Money.zmw(10_000))).as("20% of 100.00 at 0.01 a point").isEqualTo(2_000);
        assertThat(terms.valueOf(2_000)).isEqualTo(Money.zmw(2_000));
        assertThat(new LoyaltyTerms(1, Money.zmw(3), 2_000, 12).mostRedeemableOn(Money.zmw(1_000)))
                .as("value never above the cap: 66 x 0.03 = 1.98 <= 2.00").isEqualTo(66);
    }

    @Test
    void pointsExpireWholeMonthsAfterTheyWereEarned() {
        assertThat(terms.expiryOf(Instant.parse("2026-01-31T10:00:00Z"))).isEqualTo(Instant.parse("2027-01-31T10:00:00Z"));
    }
}
