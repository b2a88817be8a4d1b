package com.pakashop.bootstrap.config;

import java.time.Duration;

/**
 * Platform defaults for pricing (rates in basis points, amounts in ngwee; staff override them per
 * category, shop or town), the payment window, and the loyalty programme's terms.
 */
public record CommerceSettings(long commissionBasisPoints, long markupBasisPoints, long deliveryFeeNgwee,
                               Duration paymentWindow, long loyaltyPointsPerKwacha, long loyaltyPointValueNgwee,
                               long loyaltyRedeemCapBasisPoints, int loyaltyExpiryMonths) {
    static CommerceSettings read(EnvironmentReader env) {
        CommerceSettings commerce = new CommerceSettings(
                env.number("PAKASHOP_COMMISSION_BPS", 1_000, 0, 10_000),
                env.number("PAKASHOP_MARKUP_BPS", 0, 0, 10_000),
                env.kwacha("PAKASHOP_DELIVERY_FEE", 2_500L),
                Duration.ofMinutes(env.number("PAKASHOP_ORDER_PAYMENT_MINUTES", 30, 1, 1_440)),
                env.number("PAKASHOP_LOYALTY_POINTS_PER_KWACHA", 1, 0, 1_000),
                env.kwacha("PAKASHOP_LOYALTY_POINT_VALUE", 1L),
                env.number("PAKASHOP_LOYALTY_REDEEM_CAP_BPS", 2_000, 0, 10_000),
                (int) env.number("PAKASHOP_LOYALTY_EXPIRY_MONTHS", 12, 1, 120));
        if (commerce.loyaltyPointValueNgwee() == 0) {
            env.problem("PAKASHOP_LOYALTY_POINT_VALUE", "must be at least 0.01");
        }
        return commerce;
    }
}
