package com.pakashop.bootstrap;

import com.pakashop.adapter.files.LocalDirectoryFileStorage;
import com.pakashop.adapter.kalman.KalmanLocationSmoother;
import com.pakashop.adapter.persistence.JdbiAgentDirectory;
import com.pakashop.adapter.persistence.JdbiAssignments;
import com.pakashop.adapter.persistence.JdbiDeliveries;
import com.pakashop.adapter.persistence.JdbiLedger;
import com.pakashop.adapter.persistence.JdbiOrders;
import com.pakashop.adapter.persistence.JdbiRefunds;
import com.pakashop.adapter.persistence.JdbiShops;
import com.pakashop.adapter.persistence.JdbiTrackFixes;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.adapter.persistence.JdbiUsers;
import com.pakashop.adapter.redis.InProcessLocationBus;
import com.pakashop.adapter.redis.RedisConnector;
import com.pakashop.adapter.redis.RedisLocationBus;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.tracking.ConfirmingDeliveries;
import com.pakashop.application.tracking.DispatchingDeliveries;
import com.pakashop.application.tracking.FindingAgents;
import com.pakashop.application.tracking.IngestingLocations;
import com.pakashop.application.tracking.ListingAssignments;
import com.pakashop.application.tracking.LocationBus;
import com.pakashop.application.tracking.NotifyingArrivals;
import com.pakashop.application.tracking.PublishingDeliveryStages;
import com.pakashop.application.tracking.WatchingDeliveries;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.util.Optional;

/** Delivery tracking: dispatch, GPS ingest through the Kalman filter, live watching over the bus, confirmation. */
public final class TrackingModule implements AutoCloseable {
    private final Optional<RedisLocationBus> redisBus;
    private final JdbiTrackFixes fixes;
    private final DispatchingDeliveries dispatching;
    private final IngestingLocations ingesting;
    private final WatchingDeliveries watching;
    private final ConfirmingDeliveries confirming;
    private final NotifyingArrivals notifyingArrivals;
    private final PublishingDeliveryStages publishingStages;
    private final ListingAssignments listingAssignments;
    private final FindingAgents findingAgents;

    TrackingModule(PakashopConfig config, Optional<RedisConnector> redis, IdentityModule identity, JdbiTransactions tx,
                   Outbox outbox, Auditing auditing, Ids ids, Clock clock) {
        this.redisBus = redis.map(connector -> new RedisLocationBus(connector, config.redisKeyPrefix()));
        LocationBus bus = redisBus.<LocationBus>map(b -> b).orElseGet(InProcessLocationBus::new);
        JdbiDeliveries deliveries = new JdbiDeliveries(tx);
        JdbiOrders orders = new JdbiOrders(tx);
        JdbiShops shops = new JdbiShops(tx, clock);
        this.fixes = new JdbiTrackFixes(tx);
        this.dispatching = new DispatchingDeliveries(orders, shops, new JdbiUsers(tx, clock), deliveries,
                identity.hasher(), identity.notifier(), outbox, auditing, tx, clock);
        this.ingesting = new IngestingLocations(deliveries, fixes, new KalmanLocationSmoother(
                config.tracking().processNoise(), config.tracking().maxSpeedMetresPerSecond()), bus, outbox, tx, clock);
        this.watching = new WatchingDeliveries(deliveries, fixes, orders, shops, bus, clock);
        this.publishingStages = new PublishingDeliveryStages(bus);
        this.confirming = new ConfirmingDeliveries(deliveries, orders, new JdbiRefunds(tx), new JdbiLedger(tx),
                identity.hasher(), new LocalDirectoryFileStorage(config.tracking().filesDirectory()), outbox, auditing,
                tx, ids, clock);
        this.notifyingArrivals = new NotifyingArrivals(identity.notifier());
        this.listingAssignments = new ListingAssignments(new JdbiAssignments(tx));
        this.findingAgents = new FindingAgents(new JdbiAgentDirectory(tx), tx, auditing, clock);
    }

    public ListingAssignments listingAssignments() {
        return listingAssignments;
    }

    public FindingAgents findingAgents() {
        return findingAgents;
    }

    public DispatchingDeliveries dispatching() {
        return dispatching;
    }

    public IngestingLocations ingesting() {
        return ingesting;
    }

    public WatchingDeliveries watching() {
        return watching;
    }

    public ConfirmingDeliveries confirming() {
        return confirming;
    }

    EventHandler notifyingArrivals() {
        return notifyingArrivals;
    }

    EventHandler publishingStages() {
        return publishingStages;
    }

    /** Removes fixes older than the retention period; a recurring job. */
    int purgeOldFixes(Clock clock, java.time.Duration retention) {
        return fixes.purgeBefore(clock.instant().minus(retention));
    }

    @Override
    public void close() {
        redisBus.ifPresent(RedisLocationBus::close);
    }
}
