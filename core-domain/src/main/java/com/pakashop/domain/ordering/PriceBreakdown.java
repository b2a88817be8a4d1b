package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Money;
import java.util.stream.Stream;

/**
 * What an order costs and where the money goes.
 *
 * <p>The buyer pays {@code total} = items subtotal + markup − coupon − loyalty + delivery fee.
 * Out of the total plus what the platform funds ({@code platformFunded}: its own coupons and
 * loyalty points), the vendor gets {@code vendorNet}, the platform {@code commission} and
 * {@code markup}, delivery {@code deliveryFee}; those four always add up to exactly that sum.
 * {@code vatIncluded} is the 16% VAT already inside the total (prices in Zambia are shown
 * VAT-inclusive), for the Smart Invoice.
 */
public record PriceBreakdown(Money itemsSubtotal, Money markup, Money couponDiscount, Money loyaltyDiscount,
                             Money deliveryFee, Money total, Money vatIncluded, Money commission, Money vendorNet,
                             Money platformFunded) {
    public PriceBreakdown {
        if (Stream.of(itemsSubtotal, markup, couponDiscount, loyaltyDiscount, deliveryFee, total, vatIncluded,
                commission, vendorNet, platformFunded).anyMatch(Money::isNegative)) {
            throw new IllegalArgumentException("no part of a breakdown can be negative");
        }
        if (!itemsSubtotal.plus(markup).minus(couponDiscount).minus(loyaltyDiscount).plus(deliveryFee).equals(total)) {
            throw new IllegalArgumentException("the total must be the subtotal plus markup, less discounts, plus delivery");
        }
        if (!vendorNet.plus(commission).plus(markup).plus(deliveryFee).equals(total.plus(platformFunded))) {
            throw new IllegalArgumentException("the shares must add up to the total plus what the platform funds");
        }
        if (platformFunded.compareTo(couponDiscount.plus(loyaltyDiscount)) > 0) {
            throw new IllegalArgumentException("the platform funds only discounts");
        }
    }

    /** What the buyer paid for the goods themselves: the base for loyalty points. */
    public Money goodsPaid() {
        return itemsSubtotal.minus(couponDiscount).minus(loyaltyDiscount);
    }
}
