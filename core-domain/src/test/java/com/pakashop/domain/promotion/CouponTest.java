package com.pakashop.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.ordering.DiscountFunder;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CouponTest {
    private static final Instant START = Instant.parse("2026-11-01T00:00:00Z");
    private static final Instant END = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private final UUID shopA = UUID.randomUUID();
    private final UUID shopB = UUID.randomUUID();
    private final UUID phones = UUID.randomUUID();
    private final UUID electronics = UUID.randomUUID();

    private final List<BasketLine> basket = List.of(
            new BasketLine(shopA, Set.of(phones, electronics), Money.zmw(30_000)),
            new BasketLine(shopB, Set.of(UUID.randomUUID()), Money.zmw(10_000)));

    @Test
    void aPercentageIsTakenOffTheCoveredGoodsOnlyAndCappedAtItsMaximum() {
        Coupon tenPercentOnPhones = coupon(Optional.empty(), terms(DiscountKind.PERCENTAGE, 1_000, CouponScope.CATEGORY,
                Optional.of(electronics), Optional.empty()));
        Coupon capped = coupon(Optional.empty(), terms(DiscountKind.PERCENTAGE, 5_000, CouponScope.ALL, Optional.empty(),
                Optional.of(Money.zmw(5_000))));

        assertThat(tenPercentOnPhones.check(basket, 0, NOW))
                .isEqualTo(new CouponCheck.Applies(Money.zmw(3_000), List.of(Money.zmw(3_000), Money.zmw(0))));
        CouponCheck.Applies cappedCheck = (CouponCheck.Applies) capped.check(basket, 0, NOW);
        assertThat(cappedCheck.discount()).isEqualTo(Money.zmw(5_000));
        assertThat(cappedCheck.shares()).containsExactly(Money.zmw(3_750), Money.zmw(1_250));
    }

    @Test
    void aFixedAmountNeverExceedsTheCoveredGoods() {
        Coupon fixed = coupon(Optional.empty(), terms(DiscountKind.FIXED, 50_000, CouponScope.SHOP, Optional.of(shopB),
                Optional.empty()));

        assertThat(fixed.check(basket, 0, NOW))
                .isEqualTo(new CouponCheck.Applies(Money.zmw(10_000), List.of(Money.zmw(0), Money.zmw(10_000))));
    }

    @Test
    void aVendorsCouponCoversOnlyTheirOwnShopAndTheyFundIt() {
        Coupon vendors = coupon(Optional.of(shopA), terms(DiscountKind.PERCENTAGE, 1_000, CouponScope.ALL,
                Optional.empty(), Optional.empty()));

        assertThat(vendors.funder()).isEqualTo(DiscountFunder.VENDOR);
        assertThat(((CouponCheck.Applies) vendors.check(basket, 0, NOW)).shares())
                .containsExactly(Money.zmw(3_000), Money.zmw(0));
        assertThat(reason(vendors.check(List.of(basket.get(1)), 0, NOW))).isEqualTo(CouponRejection.WRONG_SCOPE);
    }

    @Test
    void eachReasonIsReported() {
        CouponTerms tenPercent = terms(DiscountKind.PERCENTAGE, 1_000, CouponScope.ALL, Optional.empty(), Optional.empty());
        Coupon ok = coupon(Optional.empty(), tenPercent);

        assertThat(reason(new Coupon(ok.id(), ok.code(), Optional.empty(), tenPercent, 0, false, START).check(basket, 0, NOW)))
                .isEqualTo(CouponRejection.INACTIVE);
        assertThat(reason(ok.check(basket, 0, START.minusSeconds(1)))).isEqualTo(CouponRejection.NOT_STARTED);
        assertThat(reason(ok.check(basket, 0, END))).isEqualTo(CouponRejection.EXPIRED);
        assertThat(reason(new Coupon(ok.id(), ok.code(), Optional.empty(), tenPercent, 10, true, START).check(basket, 0, NOW)))
                .isEqualTo(CouponRejection.USED_UP);
        assertThat(reason(ok.check(basket, 2, NOW))).isEqualTo(CouponRejection.USED_UP_BY_BUYER);
        Coupon minimum = coupon(Optional.empty(), new CouponTerms(DiscountKind.PERCENTAGE, 1_000, Money.zmw(50_000),
                Optional.empty(), START, END, 10, 2, CouponScope.ALL, Optional.empty()));
        CouponCheck notMet = minimum.check(basket, 0, NOW);
        assertThat(reason(notMet)).isEqualTo(CouponRejection.MINIMUM_NOT_MET);
        assertThat(((CouponCheck.Rejected) notMet).message()).contains("500.00").contains("400.00");
    }

    @Test
    void termsThatMakeNoSenseAreRefusedWithEveryField() {
        assertThatThrownBy(() -> new CouponTerms(DiscountKind.PERCENTAGE, 10_001, Money.zmw(-1), Optional.of(Money.zmw(0)),
                END, START, 0, 5, CouponScope.SHOP, Optional.empty()))
                .isInstanceOfSatisfying(ValidationFailed.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("percentOffBasisPoints", "minimumOrder", "maximumDiscount", "endsAt",
                                "totalUses", "usesPerBuyer", "scopeId"));
    }

    @Test
    void codesAreCaseInsensitiveAndPlain() {
        assertThat(Coupon.normaliseCode("code", " lusaka-10 ")).isEqualTo("LUSAKA-10");
        assertThatThrownBy(() -> Coupon.normaliseCode("code", "no spaces")).isInstanceOf(ValidationFailed.class);
        assertThatThrownBy(() -> Coupon.normaliseCode("code", "-X1")).isInstanceOf(ValidationFailed.class);
    }

    private static CouponRejection reason(CouponCheck check) {
        return ((CouponCheck.Rejected) check).reason();
    }

    private static Coupon coupon(Optional<UUID> issuer, CouponTerms terms) {
        return new Coupon(UUID.randomUUID(), "TEST10", issuer, terms, 0, true, START);
    }

    private static CouponTerms terms(DiscountKind kind, long value, CouponScope scope, Optional<UUID> scopeId,
                                     Optional<Money> max) {
        return new CouponTerms(kind, value, Money.zmw(0), max, START, END, 10, 2, scope, scopeId);
    }
}
