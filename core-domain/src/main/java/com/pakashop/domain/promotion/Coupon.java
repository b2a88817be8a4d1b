package com.pakashop.domain.promotion;

import com.pakashop.domain.ordering.DiscountFunder;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * A discount code. Issued by the platform ({@code issuerShopId} empty), or by a vendor for their
 * own shop, in which case it only ever covers that shop's goods and the vendor funds it.
 * {@code used} counts redemptions still standing (a released one no longer counts).
 */
public record Coupon(UUID id, String code, Optional<UUID> issuerShopId, CouponTerms terms, long used, boolean active,
                     Instant createdAt) {

    /** Codes are matched without regard to case or surrounding spaces; {@code field} names the input in errors. */
    public static String normaliseCode(String field, String code) {
        String normal = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!normal.matches("[A-Z0-9][A-Z0-9-]{2,31}")) {
            throw ValidationFailed.of(field, "must be 3-32 letters, digits or dashes, starting with a letter or digit");
        }
        return normal;
    }

    public DiscountFunder funder() {
        return issuerShopId.isPresent() ? DiscountFunder.VENDOR : DiscountFunder.PLATFORM;
    }

    /**
     * Tries the coupon on a basket. The checks run in a fixed order so the reason given is the
     * first one that a buyer could not fix by changing the basket.
     */
    public CouponCheck check(List<BasketLine> basket, long usedByBuyer, Instant now) {
        if (!active) {
            return new CouponCheck.Rejected(CouponRejection.INACTIVE, "This coupon has been withdrawn");
        }
        if (now.isBefore(terms.startsAt())) {
            return new CouponCheck.Rejected(CouponRejection.NOT_STARTED, "This coupon starts at " + terms.startsAt());
        }
        if (!now.isBefore(terms.endsAt())) {
            return new CouponCheck.Rejected(CouponRejection.EXPIRED, "This coupon expired at " + terms.endsAt());
        }
        if (used >= terms.totalUses()) {
            return new CouponCheck.Rejected(CouponRejection.USED_UP, "This coupon has been used up");
        }
        if (usedByBuyer >= terms.usesPerBuyer()) {
            return new CouponCheck.Rejected(CouponRejection.USED_UP_BY_BUYER,
                    "You have already used this coupon " + usedByBuyer + " time(s), the most allowed");
        }
        List<Long> weights = basket.stream().map(line -> covers(line) ? line.amount().minor() : 0L).toList();
        long eligible = weights.stream().mapToLong(Long::longValue).sum();
        if (eligible == 0) {
            return new CouponCheck.Rejected(CouponRejection.WRONG_SCOPE, "Nothing in this order is covered by the coupon");
        }
        Money eligibleGoods = Money.zmw(eligible);
        if (eligibleGoods.compareTo(terms.minimumOrder()) < 0) {
            return new CouponCheck.Rejected(CouponRejection.MINIMUM_NOT_MET, "The coupon needs at least "
                    + terms.minimumOrder().toDecimalString() + " of covered goods; this order has "
                    + eligibleGoods.toDecimalString());
        }
        Money discount = terms.discountOn(eligibleGoods);
        return new CouponCheck.Applies(discount, discount.allocate(weights));
    }

    private boolean covers(BasketLine line) {
        return issuerShopId.map(shop -> shop.equals(line.shopId())).orElse(true) && terms.covers(line);
    }
}
