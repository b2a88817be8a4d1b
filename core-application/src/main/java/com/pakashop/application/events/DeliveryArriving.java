package com.pakashop.application.events;

import java.util.Objects;
import java.util.UUID;

/** The agent came within the arrival radius of the buyer's destination. */
public record DeliveryArriving(UUID orderId, UUID buyerId, long metres) implements DomainEvent {
    public DeliveryArriving {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(buyerId, "buyerId");
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
