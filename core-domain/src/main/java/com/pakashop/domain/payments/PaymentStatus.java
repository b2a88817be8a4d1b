package com.pakashop.domain.payments;

/**
 * Where a payment stands. INITIATED is written before the provider is called, so a crash between
 * the call and our write leaves a record the reconciler can ask the provider about. REVIEW holds
 * money that came in but cannot simply be applied (wrong amount, orders no longer payable).
 */
public enum PaymentStatus {
    INITIATED, PENDING, CAPTURED, FAILED, CANCELLED, REVIEW, REFUND_PENDING, REFUNDED, PARTIALLY_REFUNDED;

    /** Still waiting for the provider: a buyer initiating again gets this payment back. */
    public boolean awaitingProvider() {
        return this == INITIATED || this == PENDING;
    }
}
