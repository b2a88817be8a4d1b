package com.pakashop.application.tracking;

import com.pakashop.application.catalog.Shops;
import com.pakashop.application.ordering.Orders;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.tracking.Delivery;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Who may watch a delivery (its buyer, its agent, the shop's vendor, staff who read any order) and
 * what they see: the stage it is at and the last known position when they start watching, then
 * the bus's updates, or the whole smoothed path afterwards (seed §4.4; useful in disputes). Anyone
 * else is told there is no such delivery.
 */
public final class WatchingDeliveries {
    public static final int MAX_PATH = 5_000;

    private final Deliveries deliveries;
    private final TrackFixes fixes;
    private final Orders orders;
    private final Shops shops;
    private final LocationBus bus;
    private final Clock clock;

    public WatchingDeliveries(Deliveries deliveries, TrackFixes fixes, Orders orders, Shops shops, LocationBus bus,
                              Clock clock) {
        this.deliveries = deliveries;
        this.fixes = fixes;
        this.orders = orders;
        this.shops = shops;
        this.bus = bus;
        this.clock = clock;
    }

    /**
     * Checks the caller may watch, then subscribes. A paid order not yet handed to an agent may be
     * watched too: its watcher is told it waits, and hears DISPATCHED when it goes.
     */
    public Watch watch(Principal caller, UUID orderId, Consumer<LiveUpdate> receiver) {
        mayWatch(caller, orderId);
        LocationBus.Subscription subscription = bus.subscribe(orderId, receiver);
        Optional<Delivery> delivery = deliveries.byOrder(orderId);
        StageUpdate stage = delivery.map(WatchingDeliveries::stageOf)
                .orElseGet(() -> new StageUpdate(orderId, StageUpdate.Stage.WAITING_FOR_DISPATCH, clock.instant()));
        return new Watch(stage, deliveries.head(orderId).map(Deliveries.TrackHead::last), subscription);
    }

    /** Refuses, before anything is opened for them, a caller who may not watch the order or an order with nothing to watch. */
    public void mayWatch(Principal caller, UUID orderId) {
        if (deliveries.byOrder(orderId).isPresent()) {
            visible(caller, orderId);
            return;
        }
        Order order = orders.byId(orderId)
                .filter(o -> caller.is(o.buyerId()) || caller.can(Permission.ORDERS_READ_ANY)
                        || shops.ownedBy(o.shopId(), caller).isPresent())
                .orElseThrow(() -> new NotFound("No delivery of order " + orderId));
        if (order.status() != OrderStatus.PAID && order.status() != OrderStatus.CONFIRMED) {
            throw new Conflict("Order " + order.number() + " is " + order.status()
                    + "; a delivery can be watched once the order is paid");
        }
    }

    /** Refuses a caller who may not see the delivery: anyone but its buyer, agent, shop's vendor and staff. */
    public Delivery visible(Principal caller, UUID orderId) {
        Delivery delivery = deliveries.byOrder(orderId).orElseThrow(() -> new NotFound("No delivery of order " + orderId));
        boolean allowed = caller.is(delivery.buyerId()) || caller.is(delivery.agentId())
                || caller.can(Permission.ORDERS_READ_ANY)
                || shops.ownedBy(delivery.shopId(), caller).isPresent();
        if (!allowed) {
            throw new NotFound("No delivery of order " + orderId);
        }
        return delivery;
    }

    private static StageUpdate stageOf(Delivery delivery) {
        if (delivery.deliveredAt().isPresent()) {
            return new StageUpdate(delivery.orderId(), StageUpdate.Stage.DELIVERED, delivery.deliveredAt().get());
        }
        return delivery.arrivingAt()
                .map(at -> new StageUpdate(delivery.orderId(), StageUpdate.Stage.ARRIVING, at))
                .orElseGet(() -> new StageUpdate(delivery.orderId(), StageUpdate.Stage.DISPATCHED, delivery.dispatchedAt()));
    }

    public Track track(Principal caller, UUID orderId) {
        Delivery delivery = visible(caller, orderId);
        return new Track(delivery, fixes.smoothedPath(orderId, MAX_PATH));
    }

    /** A live watch: close it when the watcher leaves. */
    public record Watch(StageUpdate stage, Optional<LocationUpdate> lastKnown, LocationBus.Subscription subscription) {
    }

    public record Track(Delivery delivery, List<StoredFix> path) {
        public Track {
            path = List.copyOf(path);
        }
    }
}
