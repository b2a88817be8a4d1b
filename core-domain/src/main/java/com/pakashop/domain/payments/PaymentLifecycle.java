package com.pakashop.domain.payments;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The moves a payment may make. Anything else (a FAILED report after a capture, a second capture)
 * is out of order: recorded by the caller and otherwise ignored.
 */
public final class PaymentLifecycle {
    private static final Map<PaymentStatus, Set<PaymentStatus>> MOVES = new EnumMap<>(PaymentStatus.class);

    static {
        MOVES.put(PaymentStatus.INITIATED, EnumSet.of(PaymentStatus.PENDING, PaymentStatus.CAPTURED, PaymentStatus.FAILED,
                PaymentStatus.CANCELLED, PaymentStatus.REVIEW));
        MOVES.put(PaymentStatus.PENDING, EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.FAILED, PaymentStatus.CANCELLED,
                PaymentStatus.REVIEW));
        MOVES.put(PaymentStatus.CAPTURED, EnumSet.of(PaymentStatus.REFUND_PENDING));
        MOVES.put(PaymentStatus.REFUND_PENDING, EnumSet.of(PaymentStatus.REFUNDED, PaymentStatus.PARTIALLY_REFUNDED,
                PaymentStatus.CAPTURED));
        MOVES.put(PaymentStatus.PARTIALLY_REFUNDED, EnumSet.of(PaymentStatus.REFUND_PENDING));
        MOVES.put(PaymentStatus.REVIEW, EnumSet.of(PaymentStatus.CAPTURED, PaymentStatus.REFUND_PENDING));
        MOVES.put(PaymentStatus.FAILED, EnumSet.of(PaymentStatus.REVIEW));
        MOVES.put(PaymentStatus.CANCELLED, EnumSet.of(PaymentStatus.REVIEW));
        MOVES.put(PaymentStatus.REFUNDED, EnumSet.noneOf(PaymentStatus.class));
    }

    private PaymentLifecycle() {
    }

    public static boolean allows(PaymentStatus from, PaymentStatus to) {
        return MOVES.get(from).contains(to);
    }
}
