package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Money;
import java.util.List;

/**
 * How one shop's order is priced. Commission is charged on the goods, line by line, at the rate
 * that applies to each line (a shop's override, else its category's, else the platform default);
 * the delivery fee depends on the town. VAT is the included share, total × 16/116, to the nearest
 * ngwee by lossless allocation.
 */
public final class PricingRules {
    static final long VAT_BASIS_POINTS = 1_600;
    private static final long ALL = 10_000;

    private PricingRules() {
    }

    public static PriceBreakdown price(List<PricedLine> lines, Money deliveryFee) {
        if (deliveryFee.isNegative()) {
            throw new IllegalArgumentException("a delivery fee cannot be negative");
        }
        Money subtotal = lines.stream().map(PricedLine::amount).reduce(Money.zero(deliveryFee.currency()), Money::plus);
        Money commission = lines.stream().map(l -> l.amount().basisPoints(l.commissionBasisPoints()))
                .reduce(Money.zero(deliveryFee.currency()), Money::plus);
        Money total = subtotal.plus(deliveryFee);
        Money vat = total.allocate(List.of(VAT_BASIS_POINTS, ALL)).get(0);
        return new PriceBreakdown(subtotal, deliveryFee, total, vat, commission, subtotal.minus(commission));
    }

    /** A line's amount and the commission rate that applies to it. */
    public record PricedLine(Money amount, long commissionBasisPoints) {
        public PricedLine {
            if (commissionBasisPoints < 0 || commissionBasisPoints > ALL) {
                throw new IllegalArgumentException("commission must be between 0 and 10000 basis points");
            }
        }
    }
}
