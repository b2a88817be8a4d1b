package com.pakashop.bootstrap.config;

import java.time.Duration;

/**
 * Platform defaults for pricing (rates in basis points, amounts in ngwee; staff override them per
 * category, shop or town), the payment window, and the loyalty programme's terms.
 */
public record CommerceSettings(long commissionBasisPoints, long markupBasisPoints, long deliveryFeeNgwee,
                               Duration paymentWindow, long loyaltyPointsPerKwacha, long loyaltyPointValueNgwee,
                               long loyaltyRedeemCapBasisPoints, int loyaltyExpiryMonths) {
}
