package com.pakashop.domain.reconciliation;

import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.settlement.PayoutStatus;

/** Where a transfer ended, in terms both sides share. */
public enum TransferOutcome {
    COMPLETED, FAILED, PENDING;

    /** A payment whose money came in stays collected whatever happened to it later (refunds are their own transfers). */
    public static TransferOutcome of(PaymentStatus status) {
        return switch (status) {
            case CAPTURED, REVIEW, REFUND_PENDING, REFUNDED, PARTIALLY_REFUNDED -> COMPLETED;
            case FAILED, CANCELLED -> FAILED;
            case INITIATED, PENDING -> PENDING;
        };
    }

    public static TransferOutcome of(RefundStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            case REQUESTED, PENDING, UNCERTAIN -> PENDING;
        };
    }

    public static TransferOutcome of(PayoutStatus status) {
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            case CREATED, SUBMITTING, SENT, UNCERTAIN -> PENDING;
        };
    }
}
