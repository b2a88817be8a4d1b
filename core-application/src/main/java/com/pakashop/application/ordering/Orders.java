package com.pakashop.application.ordering;

import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.tracking.Destination;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Orders, their numbers and their history of moves. */
public interface Orders {

    /** A short number people can read out on the phone, unique for ever. */
    String nextNumber();

    void add(Order order, String actor);

    Optional<Order> byId(UUID id);

    /** Reads and locks the order until the transaction ends, so a change and a status move queue; call inside one. */
    Optional<Order> byIdForUpdate(UUID id);

    List<Order> byCheckout(UUID checkoutId);

    List<Order> ofBuyer(UUID buyerId, Optional<UUID> before, int limit);

    /** Orders of one shop, or of every shop, optionally in one status, newest first. */
    List<Order> find(Optional<UUID> shopId, Optional<OrderStatus> status, Optional<UUID> before, int limit);

    /**
     * PENDING orders past their payment deadline and not being paid right now (no payment still
     * waiting for its provider, no payment attempt held for fraud review), locked for the caller's
     * transaction.
     */
    List<Order> unpaidBefore(Instant deadline, int limit);

    /** Where the buyer wants the order brought, given at checkout. */
    void setDestination(UUID orderId, Destination destination);

    Optional<Destination> destinationOf(UUID orderId);

    /** Saves a move against the order's version, and records it in the history. */
    Order move(Order before, Order after, OrderActor actor, String actorName, Optional<String> reason, Instant at);
}
