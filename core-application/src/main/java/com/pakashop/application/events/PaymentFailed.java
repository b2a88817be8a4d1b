package com.pakashop.application.events;

import java.util.Objects;
import java.util.UUID;

/** A payment failed; nothing was taken. */
public record PaymentFailed(UUID paymentId, UUID buyerId, String reason) implements DomainEvent {
    public PaymentFailed {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public UUID aggregateId() {
        return paymentId;
    }
}
