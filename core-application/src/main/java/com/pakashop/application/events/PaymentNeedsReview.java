package com.pakashop.application.events;

import com.pakashop.domain.shared.Money;
import java.util.Objects;
import java.util.UUID;

/** A provider took a different amount than asked, or reported something we cannot square: a person looks. */
public record PaymentNeedsReview(UUID paymentId, String provider, String reason, Money expected, Money received) implements DomainEvent {
    public PaymentNeedsReview {
        Objects.requireNonNull(paymentId, "paymentId");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(received, "received");
    }

    @Override
    public UUID aggregateId() {
        return paymentId;
    }
}
