package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Money;

/**
 * The platform's cut and the delivery fee, applied to one shop's order. Commission is charged on
 * the goods (not on delivery); VAT is the included share, total × 16/116, rounded half-even.
 */
public record PricingRules(long commissionBasisPoints, Money deliveryFee) {
    static final long VAT_BASIS_POINTS = 1_600;

    public PricingRules {
        if (commissionBasisPoints < 0 || commissionBasisPoints > 10_000) {
            throw new IllegalArgumentException("commission must be between 0 and 10000 basis points");
        }
        if (deliveryFee.isNegative()) {
            throw new IllegalArgumentException("a delivery fee cannot be negative");
        }
    }

    public PriceBreakdown price(Money itemsSubtotal) {
        Money commission = itemsSubtotal.basisPoints(commissionBasisPoints);
        Money total = itemsSubtotal.plus(deliveryFee);
        Money vat = total.allocate(java.util.List.of(VAT_BASIS_POINTS, 10_000L)).get(0);
        return new PriceBreakdown(itemsSubtotal, deliveryFee, total, vat, commission, itemsSubtotal.minus(commission));
    }
}
