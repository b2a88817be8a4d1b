package com.pakashop.application.tracking;

import com.pakashop.application.catalog.Shops;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.tracking.Delivery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Who may watch a delivery (its buyer, the shop's vendor, staff who read any order) and what they
 * see: the last known position when they start watching, then the bus's updates, or the whole
 * smoothed path afterwards (seed §4.4; useful in disputes). Anyone else is told there is no such
 * delivery.
 */
public final class WatchingDeliveries {
    public static final int MAX_PATH = 5_000;

    private final Deliveries deliveries;
    private final TrackFixes fixes;
    private final Shops shops;
    private final LocationBus bus;

    public WatchingDeliveries(Deliveries deliveries, TrackFixes fixes, Shops shops, LocationBus bus) {
        this.deliveries = deliveries;
        this.fixes = fixes;
        this.shops = shops;
        this.bus = bus;
    }

    /** Checks the caller may watch, then subscribes; {@code lastKnown} is where the agent was when it began. */
    public Watch watch(Principal caller, UUID orderId, Consumer<LocationUpdate> receiver) {
        Delivery delivery = visible(caller, orderId);
        LocationBus.Subscription subscription = bus.subscribe(orderId, receiver);
        return new Watch(delivery, deliveries.head(orderId).map(Deliveries.TrackHead::last), subscription);
    }

    /** Refuses a caller who may not watch, before anything is opened for them. */
    public Delivery visible(Principal caller, UUID orderId) {
        Delivery delivery = deliveries.byOrder(orderId).orElseThrow(() -> new NotFound("No delivery of order " + orderId));
        boolean allowed = caller.is(delivery.buyerId()) || caller.can(Permission.ORDERS_READ_ANY)
                || shops.ownedBy(delivery.shopId(), caller).isPresent();
        if (!allowed) {
            throw new NotFound("No delivery of order " + orderId);
        }
        return delivery;
    }

    public Track track(Principal caller, UUID orderId) {
        Delivery delivery = visible(caller, orderId);
        return new Track(delivery, fixes.smoothedPath(orderId, MAX_PATH));
    }

    /** A live watch: close it when the watcher leaves. */
    public record Watch(Delivery delivery, Optional<LocationUpdate> lastKnown, LocationBus.Subscription subscription) {
    }

    public record Track(Delivery delivery, List<StoredFix> path) {
        public Track {
            path = List.copyOf(path);
        }
    }
}
