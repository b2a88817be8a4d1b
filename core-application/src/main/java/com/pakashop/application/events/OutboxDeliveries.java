package com.pakashop.application.events;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The delivery state of outbox events, safe for several relays at once: every claim skips rows
 * another relay holds, and a lease lets a crashed relay's work be taken over.
 */
public interface OutboxDeliveries {

    /** Events not yet fanned out to handlers; call inside a transaction, which holds them until commit. */
    List<OutboxEvent> claimUndispatched(int limit);

    void dispatch(UUID eventId, List<String> handlers, Instant due);

    /**
     * Due deliveries to the named handlers, each leased to the caller until {@code now + lease} and
     * its attempt counted. Naming the handlers keeps a process from taking work for a handler it
     * does not have (during a rolling deploy, say).
     */
    List<Delivery> leaseDue(Set<String> handlers, int limit, Instant now, Duration lease);

    void markDelivered(UUID deliveryId, Instant at);

    void scheduleRetry(UUID deliveryId, Instant nextAttempt, String error);

    void markDead(UUID deliveryId, Instant at, String error);

    List<DeadLetter> deadLetters(Optional<UUID> after, int limit);

    /** Puts a dead delivery back in line; false when no dead delivery has that id. */
    boolean replay(UUID deliveryId, Instant now, String actor, String reason);
}
