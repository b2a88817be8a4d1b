package com.pakashop.application.payments;

import com.pakashop.domain.payments.Payment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Payments, their orders (read back in no particular order), and the provider events applied to them. */
public interface Payments {

    /** Serialises payment initiations of one buyer for the rest of the caller's transaction. */
    void lockBuyer(UUID buyerId);

    void add(Payment payment);

    Optional<Payment> byId(UUID id);

    /** Locked for the caller's transaction. */
    Optional<Payment> byIdForUpdate(UUID id);

    /** The payment still waiting for its provider that covers any of these orders. */
    Optional<Payment> awaitingProviderFor(List<UUID> orderIds);

    /** The newest payment covering the order. */
    Optional<Payment> latestFor(UUID orderId);

    /** Saves a move against the payment's version; Conflict if it moved meanwhile. */
    Payment update(Payment before, Payment after);

    /** Records a provider event once; false if that provider already sent this event id. */
    boolean firstDelivery(ProviderEvent event, String outcome, Instant at);

    /** Payments waiting for their provider since before {@code since}, oldest first. */
    List<Payment> awaitingProviderSince(Instant since, int limit);
}
