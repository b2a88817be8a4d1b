package com.pakashop.domain.promotion;

import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Validation;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a coupon gives and on what conditions. {@code value} is basis points for a percentage
 * (1500 = 15%) or ngwee for a fixed amount. The window is [startsAt, endsAt).
 */
public record CouponTerms(DiscountKind kind, long value, Money minimumOrder, Optional<Money> maximumDiscount,
                          Instant startsAt, Instant endsAt, long totalUses, long usesPerBuyer, CouponScope scope,
                          Optional<UUID> scopeId) {
    static final long MAX_FIXED_NGWEE = 10_000_000;
    static final long MAX_USES = 10_000_000;

    public CouponTerms {
        new Validation()
                .require(kind != DiscountKind.PERCENTAGE || (value >= 1 && value <= 10_000), "percentOffBasisPoints",
                        "must be from 1 to 10000 (100 = 1%)")
                .require(kind != DiscountKind.FIXED || (value >= 1 && value <= MAX_FIXED_NGWEE), "amountOff",
                        "must be from 0.01 to 100000.00")
                .require(!minimumOrder.isNegative(), "minimumOrder", "cannot be negative")
                .require(maximumDiscount.map(m -> !m.isNegative() && !m.isZero()).orElse(true), "maximumDiscount",
                        "must be more than zero when given")
                .require(endsAt.isAfter(startsAt), "endsAt", "must be after startsAt")
                .require(totalUses >= 1 && totalUses <= MAX_USES, "totalUses", "must be from 1 to 10000000")
                .require(usesPerBuyer >= 1 && usesPerBuyer <= totalUses, "usesPerBuyer", "must be from 1 to totalUses")
                .require((scope == CouponScope.ALL) == scopeId.isEmpty(), "scopeId",
                        "names the shop or category of a SHOP or CATEGORY scope, and nothing for ALL")
                .throwIfInvalid();
    }

    boolean covers(BasketLine line) {
        if (scope == CouponScope.SHOP) {
            return line.shopId().equals(scopeId.orElseThrow());
        }
        if (scope == CouponScope.CATEGORY) {
            return line.categoryPath().contains(scopeId.orElseThrow());
        }
        return true;
    }

    Money discountOn(Money eligible) {
        Money off = kind == DiscountKind.PERCENTAGE ? eligible.basisPoints(value) : Money.zmw(value);
        if (maximumDiscount.isPresent() && off.compareTo(maximumDiscount.get()) > 0) {
            off = maximumDiscount.get();
        }
        return off.compareTo(eligible) > 0 ? eligible : off;
    }
}
