package com.pakashop.application.payments;

import com.pakashop.domain.payments.Refund;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Refunds and the request keys that make asking twice harmless: a staff member's Idempotency-Key,
 * or the cancelled order a refund was started for.
 */
public interface Refunds {

    void add(Refund refund, String requestKey);

    Optional<Refund> byId(UUID id);

    /** Locked for the caller's transaction. */
    Optional<Refund> byIdForUpdate(UUID id);

    Optional<Refund> byRequestKey(UUID paymentId, String requestKey);

    /** Oldest first. */
    List<Refund> ofPayment(UUID paymentId);

    /** Refunds of one order, oldest first. */
    List<Refund> ofOrder(UUID orderId);

    /** Saves a move against the refund's version; Conflict if it moved meanwhile. */
    Refund update(Refund before, Refund after);

    /** REQUESTED or PENDING refunds last changed before {@code since}, oldest first. */
    List<Refund> awaitingProviderSince(Instant since, int limit);
}
