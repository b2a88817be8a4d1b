package com.pakashop.application.events;

import java.util.Objects;
import java.util.UUID;

/** A refund's outcome is unknown and the provider cannot be asked: a person decides. */
public record RefundNeedsAttention(UUID refundId, UUID paymentId, String reason) implements DomainEvent {
    public RefundNeedsAttention {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public UUID aggregateId() {
        return refundId;
    }
}
