package com.pakashop.application.promotion;

import com.pakashop.domain.promotion.Coupon;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Coupons and their redemptions, one per checkout. */
public interface Coupons {

    /** Throws Conflict when the code is taken. */
    void add(Coupon coupon, String createdBy);

    Optional<Coupon> byId(UUID id);

    Optional<Coupon> byCode(String code);

    /** A shop's coupons, or the platform's when {@code shopId} is empty; newest first. */
    List<Coupon> issuedBy(Optional<UUID> shopId, Optional<UUID> before, int limit);

    void setActive(UUID couponId, boolean active);

    /** Redemptions of this coupon by this buyer that still stand. */
    long standingUses(UUID couponId, UUID buyerId);

    /**
     * Takes one use of the coupon for a checkout, under the coupon's row lock so that concurrent
     * checkouts can never take more than its total, or more than the buyer's share. Anything but
     * {@link Redemption#REDEEMED} leaves nothing behind.
     */
    Redemption redeem(UUID couponId, UUID checkoutId, UUID buyerId, Money discount, Instant at);

    /**
     * Whether the checkout holds a standing use, locking it for the caller's transaction so that
     * two orders of one checkout ending at once decide about releasing it one after the other.
     */
    boolean lockStanding(UUID checkoutId);

    /** Gives a checkout's use back; false if it had none standing. */
    boolean release(UUID checkoutId, Instant at);

    enum Redemption { REDEEMED, USED_UP, USED_UP_BY_BUYER }
}
