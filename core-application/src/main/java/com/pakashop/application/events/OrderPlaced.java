package com.pakashop.application.events;

import com.pakashop.domain.shared.Money;
import java.util.Objects;
import java.util.UUID;

/** A buyer placed an order (PENDING, waiting for payment). */
public record OrderPlaced(UUID orderId, String number, UUID shopId, Money total) implements DomainEvent {
    public OrderPlaced {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(total, "total");
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
