package com.pakashop.domain.settlement;

import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Money sent to one payee in one batch. Our {@code id} is the provider's idempotency key, so
 * sending it again can never pay twice; a payout the provider may hold is asked about first.
 */
public record Payout(UUID id, UUID batchId, Payee payee, String recipientName, PhoneNumber recipient,
                     MobileNetwork network, Money amount, String provider, PayoutStatus status,
                     Optional<String> providerReference, Optional<String> failure, int attempts, Instant createdAt,
                     Instant updatedAt, int version) {
    private static final Map<PayoutStatus, Set<PayoutStatus>> MOVES = Map.of(
            PayoutStatus.CREATED, EnumSet.of(PayoutStatus.SUBMITTING),
            PayoutStatus.SUBMITTING, EnumSet.of(PayoutStatus.SENT, PayoutStatus.UNCERTAIN, PayoutStatus.COMPLETED,
                    PayoutStatus.FAILED, PayoutStatus.CREATED),
            PayoutStatus.SENT, EnumSet.of(PayoutStatus.COMPLETED, PayoutStatus.FAILED, PayoutStatus.UNCERTAIN,
                    PayoutStatus.CREATED),
            PayoutStatus.UNCERTAIN, EnumSet.of(PayoutStatus.COMPLETED, PayoutStatus.FAILED, PayoutStatus.SENT,
                    PayoutStatus.CREATED),
            PayoutStatus.COMPLETED, EnumSet.noneOf(PayoutStatus.class),
            PayoutStatus.FAILED, EnumSet.noneOf(PayoutStatus.class));

    public Payout {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a payout sends a positive amount");
        }
    }

    public static Payout create(UUID id, UUID batchId, Payee payee, String recipientName, PhoneNumber recipient,
                                MobileNetwork network, Money amount, String provider, Instant now) {
        return new Payout(id, batchId, payee, recipientName, recipient, network, amount, provider, PayoutStatus.CREATED,
                Optional.empty(), Optional.empty(), 0, now, now, 0);
    }

    /** About to call the provider: from here until its answer is recorded, the outcome is unknown. */
    public Payout submitting(Instant now) {
        return move(PayoutStatus.SUBMITTING, providerReference, failure, attempts + 1, now);
    }

    public Payout moveTo(PayoutStatus next, Optional<String> reference, Optional<String> why, Instant now) {
        return move(next, reference.or(() -> providerReference), why, attempts, now);
    }

    private Payout move(PayoutStatus next, Optional<String> reference, Optional<String> why, int attemptCount,
                        Instant now) {
        if (!MOVES.get(status).contains(next)) {
            throw new Conflict("Payout " + id + " is " + status + " and cannot become " + next);
        }
        return new Payout(id, batchId, payee, recipientName, recipient, network, amount, provider, next, reference, why,
                attemptCount, createdAt, now, version);
    }
}
