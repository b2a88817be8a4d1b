package com.pakashop.bootstrap.config;

import java.time.Duration;

/** Flat pricing until per-category and per-town rules arrive: commission in basis points, delivery fee in ngwee. */
public record CommerceSettings(long commissionBasisPoints, long deliveryFeeNgwee, Duration paymentWindow) {
}
