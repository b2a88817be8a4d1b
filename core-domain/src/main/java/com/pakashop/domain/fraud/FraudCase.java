package com.pakashop.domain.fraud;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A payment attempt held for review: whose, for which orders, how risky and why. A reviewer
 * approves it (the buyer's next attempt for these orders goes through) or rejects it (the orders
 * are cancelled); either decision is final.
 */
public record FraudCase(UUID id, UUID buyerId, List<UUID> orderIds, Money amount, int score, List<Reason> reasons,
                        Status status, Optional<String> reviewer, Optional<String> note, Instant createdAt,
                        Optional<Instant> decidedAt, int version) {
    public FraudCase {
        orderIds = List.copyOf(orderIds);
        reasons = List.copyOf(reasons);
    }

    public static FraudCase open(UUID id, UUID buyerId, List<UUID> orderIds, Money amount, RiskAssessment risk,
                                 Instant now) {
        return new FraudCase(id, buyerId, orderIds, amount, risk.score(), risk.reasons(), Status.OPEN, Optional.empty(),
                Optional.empty(), now, Optional.empty(), 0);
    }

    public FraudCase decide(Status decision, String reviewer, String note, Instant now) {
        if (status != Status.OPEN) {
            throw new Conflict("Fraud case " + id + " was already " + status);
        }
        if (decision == Status.OPEN) {
            throw new IllegalArgumentException("a decision approves or rejects");
        }
        return new FraudCase(id, buyerId, orderIds, amount, score, reasons, decision, Optional.of(reviewer),
                Optional.of(note), createdAt, Optional.of(now), version);
    }

    public enum Status { OPEN, APPROVED, REJECTED }
}
