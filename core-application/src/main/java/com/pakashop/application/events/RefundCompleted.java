package com.pakashop.application.events;

import com.pakashop.domain.shared.Money;
import java.util.Objects;
import java.util.UUID;

/** A refund reached the buyer. */
public record RefundCompleted(UUID refundId, UUID paymentId, UUID orderId, Money amount, UUID buyerId) implements DomainEvent {
    public RefundCompleted {
        Objects.requireNonNull(refundId, "refundId");
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(buyerId, "buyerId");
    }

    @Override
    public UUID aggregateId() {
        return refundId;
    }
}
