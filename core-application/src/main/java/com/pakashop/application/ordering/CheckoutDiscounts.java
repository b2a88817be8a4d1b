package com.pakashop.application.ordering;

import com.pakashop.application.loyalty.LoyaltyLedger;
import com.pakashop.application.promotion.Coupons;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.loyalty.LoyaltyTerms;
import com.pakashop.domain.ordering.DiscountFunder;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.promotion.Coupon;
import com.pakashop.domain.promotion.CouponCheck;
import com.pakashop.domain.promotion.CouponRejection;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Shares;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A checkout's coupon and loyalty points: taken inside the checkout's transaction (so a failed
 * checkout takes nothing), and given back when its orders end without being paid.
 */
public final class CheckoutDiscounts {
    private final Coupons coupons;
    private final LoyaltyLedger ledger;
    private final LoyaltyTerms terms;
    private final Baskets baskets;
    private final Orders orders;

    public CheckoutDiscounts(Coupons coupons, LoyaltyLedger ledger, LoyaltyTerms terms, Baskets baskets, Orders orders) {
        this.coupons = coupons;
        this.ledger = ledger;
        this.terms = terms;
        this.baskets = baskets;
        this.orders = orders;
    }

    /** Checks the coupon against the basket and takes one use of it, or explains why it does not apply. */
    public AppliedCoupon redeemCoupon(UUID buyer, String code, UUID checkoutId, List<OrderLine> basket,
                                      Map<UUID, Product> products, Instant now) {
        String normal = Coupon.normaliseCode("couponCode", code);
        Coupon coupon = coupons.byCode(normal)
                .orElseThrow(() -> couponRejected(CouponRejection.UNKNOWN_CODE, "There is no coupon " + normal));
        CouponCheck check = coupon.check(baskets.of(basket, products), coupons.standingUses(coupon.id(), buyer), now);
        if (check instanceof CouponCheck.Rejected rejected) {
            throw couponRejected(rejected.reason(), rejected.message());
        }
        CouponCheck.Applies applies = (CouponCheck.Applies) check;
        Coupons.Redemption outcome = coupons.redeem(coupon.id(), checkoutId, buyer, applies.discount(), now);
        if (outcome == Coupons.Redemption.USED_UP) {
            throw couponRejected(CouponRejection.USED_UP, "This coupon has been used up");
        }
        if (outcome == Coupons.Redemption.USED_UP_BY_BUYER) {
            throw couponRejected(CouponRejection.USED_UP_BY_BUYER, "You have used this coupon as often as allowed");
        }
        return new AppliedCoupon(coupon.funder(), applies.shares());
    }

    /** What the coupon would do for this buyer and basket, without taking it. */
    public CouponCheck check(UUID buyer, String code, List<OrderLine> basket, Map<UUID, Product> products,
                             Instant now) {
        String normal = Coupon.normaliseCode("code", code);
        return coupons.byCode(normal)
                .map(coupon -> coupon.check(baskets.of(basket, products), coupons.standingUses(coupon.id(), buyer), now))
                .orElseGet(() -> new CouponCheck.Rejected(CouponRejection.UNKNOWN_CODE, "There is no coupon " + normal));
    }

    /**
     * Splits the points the buyer wants to use over the checkout's orders, in proportion to what
     * each order's cap allows, so no order's share passes its own cap.
     */
    public List<Long> splitPoints(UUID buyer, long points, List<Money> goodsAfterCoupon) {
        if (points == 0) {
            return Collections.nCopies(goodsAfterCoupon.size(), 0L);
        }
        List<Long> caps = goodsAfterCoupon.stream().map(terms::mostRedeemableOn).toList();
        long most = caps.stream().mapToLong(Long::longValue).sum();
        if (points > most) {
            throw pointsRefused("At most " + most + " points can go towards this checkout", "OVER_CAP");
        }
        long balance = ledger.balance(buyer);
        if (points > balance) {
            throw pointsRefused("You have " + balance + " points", "NOT_ENOUGH_POINTS");
        }
        return Shares.split(points, caps);
    }

    public Money valueOf(long points) {
        return terms.valueOf(points);
    }

    public void redeemPoints(UUID buyer, UUID orderId, long points, Instant now) {
        if (points > 0 && !ledger.redeem(buyer, orderId, points, now)) {
            throw pointsRefused("You no longer have " + points + " points", "NOT_ENOUGH_POINTS");
        }
    }

    /**
     * Gives back what an order that ended unpaid took: its points at once, and the checkout's
     * coupon use once every order of the checkout has ended unpaid.
     */
    public void releaseFor(Order order, Instant now) {
        ledger.release(order.id(), now);
        if (coupons.lockStanding(order.checkoutId()) && orders.byCheckout(order.checkoutId()).stream()
                .allMatch(CheckoutDiscounts::endedUnpaid)) {
            coupons.release(order.checkoutId(), now);
        }
    }

    private static boolean endedUnpaid(Order order) {
        return (order.status() == OrderStatus.EXPIRED || order.status() == OrderStatus.CANCELLED)
                && order.settlement() == SettlementStatus.NOT_READY;
    }

    private static ValidationFailed couponRejected(CouponRejection reason, String message) {
        return new ValidationFailed(List.of(new FieldError("couponCode", message, reason.name())));
    }

    private static ValidationFailed pointsRefused(String message, String code) {
        return new ValidationFailed(List.of(new FieldError("loyaltyPoints", message, code)));
    }

    /** Who funds the coupon, and each basket line's share of it (all zero without a coupon). */
    public record AppliedCoupon(DiscountFunder funder, List<Money> shares) {
        public AppliedCoupon {
            shares = List.copyOf(shares);
        }

        public static AppliedCoupon none(int lines) {
            return new AppliedCoupon(DiscountFunder.PLATFORM, Collections.nCopies(lines, Money.zmw(0)));
        }
    }
}
