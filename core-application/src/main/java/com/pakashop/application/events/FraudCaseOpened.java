package com.pakashop.application.events;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** A payment attempt scored high enough to need a person. */
public record FraudCaseOpened(UUID caseId, UUID buyerId, int score, List<String> rules) implements DomainEvent {
    public FraudCaseOpened {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(rules, "rules");
        rules = List.copyOf(rules);
    }

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
