package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Money;
import java.util.List;

/**
 * How one shop's order is priced.
 *
 * <p>Commission is charged on the goods line by line, at the rate that applies to each line (a
 * shop's override, else its category's, else the platform default), on what the vendor actually
 * sells for: after the vendor's own coupon, before the platform's. The platform's markup is a
 * rate per line on the list amount, paid by the buyer and kept by the platform. Loyalty points
 * are always the platform's. VAT is the included share, total × 16/116, to the nearest ngwee by
 * lossless allocation.
 */
public final class PricingRules {
    static final long VAT_BASIS_POINTS = 1_600;
    private static final long ALL = 10_000;

    private PricingRules() {
    }

    public static PriceBreakdown price(List<PricedLine> lines, Discounts discounts, Money deliveryFee) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order prices at least one line");
        }
        if (deliveryFee.isNegative()) {
            throw new IllegalArgumentException("a delivery fee cannot be negative");
        }
        Money zero = Money.zero(deliveryFee.currency());
        Money subtotal = zero;
        Money coupon = zero;
        Money commission = zero;
        Money markup = zero;
        for (PricedLine line : lines) {
            subtotal = subtotal.plus(line.amount());
            coupon = coupon.plus(line.couponShare());
            Money vendorSells = discounts.couponFunder() == DiscountFunder.VENDOR
                    ? line.amount().minus(line.couponShare()) : line.amount();
            commission = commission.plus(vendorSells.basisPoints(line.commissionBasisPoints()));
            markup = markup.plus(line.amount().basisPoints(line.markupBasisPoints()));
        }
        if (coupon.plus(discounts.loyalty()).compareTo(subtotal) > 0) {
            throw new IllegalArgumentException("discounts cannot exceed the goods they are taken off");
        }
        Money vendorCoupon = discounts.couponFunder() == DiscountFunder.VENDOR ? coupon : zero;
        Money platformFunded = coupon.minus(vendorCoupon).plus(discounts.loyalty());
        Money total = subtotal.plus(markup).minus(coupon).minus(discounts.loyalty()).plus(deliveryFee);
        Money vat = total.allocate(List.of(VAT_BASIS_POINTS, ALL)).get(0);
        Money vendorNet = subtotal.minus(vendorCoupon).minus(commission);
        return new PriceBreakdown(subtotal, markup, coupon, discounts.loyalty(), deliveryFee, total, vat, commission,
                vendorNet, platformFunded);
    }

    /** A line's amount, the rates that apply to it, and its share of the coupon (zero when out of scope). */
    public record PricedLine(Money amount, long commissionBasisPoints, long markupBasisPoints, Money couponShare) {
        public PricedLine {
            if (commissionBasisPoints < 0 || commissionBasisPoints > ALL) {
                throw new IllegalArgumentException("commission must be between 0 and 10000 basis points");
            }
            if (markupBasisPoints < 0 || markupBasisPoints > ALL) {
                throw new IllegalArgumentException("markup must be between 0 and 10000 basis points");
            }
            if (couponShare.isNegative() || couponShare.compareTo(amount) > 0) {
                throw new IllegalArgumentException("a line's coupon share must be between zero and its amount");
            }
        }

        public static PricedLine undiscounted(Money amount, long commissionBasisPoints, long markupBasisPoints) {
            return new PricedLine(amount, commissionBasisPoints, markupBasisPoints, Money.zero(amount.currency()));
        }
    }

    /** The order's coupon funder (irrelevant when no line has a coupon share) and its loyalty discount. */
    public record Discounts(DiscountFunder couponFunder, Money loyalty) {
        public Discounts {
            if (loyalty.isNegative()) {
                throw new IllegalArgumentException("a loyalty discount cannot be negative");
            }
        }

        public static Discounts none() {
            return new Discounts(DiscountFunder.PLATFORM, Money.zmw(0));
        }
    }
}
