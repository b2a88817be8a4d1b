package com.pakashop.domain.ordering;

/** Where an order is in its life; DELIVERED, EXPIRED and CANCELLED are final. */
public enum OrderStatus {
    PENDING, PAID, CONFIRMED, OUT_FOR_DELIVERY, DELIVERED, EXPIRED, CANCELLED;

    public boolean isFinal() {
        return this == DELIVERED || this == EXPIRED || this == CANCELLED;
    }
}
