package com.pakashop.application.events;

import java.util.Objects;
import java.util.UUID;

/** A refund failed at the provider; the money is still held. */
public record RefundFailed(UUID refundId, UUID paymentId, UUID orderId, String reason) implements DomainEvent {
    public RefundFailed {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public UUID aggregateId() {
        return refundId;
    }
}
