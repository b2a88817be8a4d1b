package com.pakashop.domain.payments;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Money given back to a buyer for one order of a captured payment, through the provider that
 * collected it. Our {@code id} is the provider's idempotency key where it takes one.
 * {@code cause} says why: staff asked, or the order was cancelled after it was paid.
 */
public record Refund(UUID id, UUID paymentId, UUID orderId, Money amount, Cause cause, String reason,
                     String requestedBy, String provider, Optional<String> providerReference, RefundStatus status,
                     Optional<String> failure, Instant createdAt, Instant updatedAt, int version) {
    private static final Map<RefundStatus, Set<RefundStatus>> MOVES = Map.of(
            RefundStatus.REQUESTED, EnumSet.of(RefundStatus.PENDING, RefundStatus.UNCERTAIN, RefundStatus.COMPLETED,
                    RefundStatus.FAILED),
            RefundStatus.PENDING, EnumSet.of(RefundStatus.COMPLETED, RefundStatus.FAILED),
            RefundStatus.UNCERTAIN, EnumSet.of(RefundStatus.COMPLETED, RefundStatus.FAILED),
            RefundStatus.COMPLETED, EnumSet.noneOf(RefundStatus.class),
            RefundStatus.FAILED, EnumSet.noneOf(RefundStatus.class));

    public Refund {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a refund gives back a positive amount");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a refund says why");
        }
    }

    public static Refund request(UUID id, Payment payment, UUID orderId, Money amount, Cause cause, String reason,
                                 String requestedBy, Instant now) {
        return new Refund(id, payment.id(), orderId, amount, cause, reason, requestedBy, payment.provider(),
                Optional.empty(), RefundStatus.REQUESTED, Optional.empty(), now, now, 0);
    }

    public boolean canMoveTo(RefundStatus next) {
        return MOVES.get(status).contains(next);
    }

    public Refund moveTo(RefundStatus next, Optional<String> reference, Optional<String> why, Instant now) {
        if (!canMoveTo(next)) {
            throw new Conflict("Refund " + id + " cannot go from " + status + " to " + next);
        }
        return new Refund(id, paymentId, orderId, amount, cause, reason, requestedBy, provider,
                reference.or(() -> providerReference), next, why.or(() -> failure), createdAt, now, version);
    }

    /** Why a refund was asked for. */
    public enum Cause { STAFF_REQUEST, ORDER_CANCELLED }
}
