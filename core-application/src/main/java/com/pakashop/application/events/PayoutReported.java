package com.pakashop.application.events;

import java.util.Objects;
import java.util.UUID;

/** A provider reported on a payout: settlement follows it up. */
public record PayoutReported(UUID payoutId, String provider) implements DomainEvent {
    public PayoutReported {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(provider, "provider");
    }

    @Override
    public UUID aggregateId() {
        return payoutId;
    }
}
