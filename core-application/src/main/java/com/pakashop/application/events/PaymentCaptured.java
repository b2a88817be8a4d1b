package com.pakashop.application.events;

import com.pakashop.domain.shared.Money;
import java.util.Objects;
import java.util.UUID;

/** A provider took the buyer's money. */
public record PaymentCaptured(UUID paymentId, String provider, Money amount, UUID buyerId) implements DomainEvent {
    public PaymentCaptured {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(buyerId, "buyerId");
    }

    @Override
    public UUID aggregateId() {
        return paymentId;
    }
}
