package com.pakashop.application.tracking;

import com.pakashop.application.events.DeliveryArriving;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.tracking.Delivery;
import com.pakashop.domain.tracking.Fix;
import com.pakashop.domain.tracking.GeoPoint;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agent's fixes for the order they carry (seed §4.4, steps 2–6). One short transaction per
 * request, with the delivery row locked so concurrent posts of one order smooth in turn: the
 * fixes are smoothed from the stored filter state, stored raw and smoothed, the new head saved,
 * and the first arrival within the geofence written to the outbox. Once that commits the fixes
 * are acknowledged, and the newest smoothed position is published to watchers.
 */
public final class IngestingLocations {
    public static final int MAX_BATCH = 100;

    private final Deliveries deliveries;
    private final TrackFixes fixes;
    private final LocationSmoother smoother;
    private final LocationBus bus;
    private final Outbox outbox;
    private final Transactions tx;
    private final Clock clock;

    public IngestingLocations(Deliveries deliveries, TrackFixes fixes, LocationSmoother smoother, LocationBus bus,
                              Outbox outbox, Transactions tx, Clock clock) {
        this.deliveries = deliveries;
        this.fixes = fixes;
        this.smoother = smoother;
        this.bus = bus;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public Ingested ingest(Principal caller, UUID orderId, List<Fix> batch) {
        caller.require(Permission.TRACKING_REPORT);
        Instant now = clock.instant();
        validate(batch, now);
        Result result = tx.inTransaction(() -> {
            Delivery delivery = deliveries.byOrderForUpdate(orderId).orElseThrow(() -> new NotFound("No delivery of order "
                    + orderId));
            if (!caller.is(delivery.agentId())) {
                throw new Forbidden("Order " + orderId + " is assigned to another agent");
            }
            if (delivery.delivered()) {
                throw new Conflict("Order " + orderId + " is already delivered");
            }
            Optional<Deliveries.TrackHead> head = deliveries.head(orderId);
            Optional<FilterState> state = head.map(Deliveries.TrackHead::filter);
            Optional<LocationUpdate> last = head.map(Deliveries.TrackHead::last);
            List<StoredFix> stored = new ArrayList<>();
            int accepted = 0;
            int late = 0;
            Delivery current = delivery;
            for (Fix fix : batch) {
                Smoothing smoothing = smoother.smooth(state, fix);
                stored.add(new StoredFix(fix, smoothing.outcome(), smoothing.position(), now));
                if (smoothing.outcome() == Smoothing.Outcome.LATE) {
                    late++;
                }
                if (smoothing.outcome() != Smoothing.Outcome.ACCEPTED) {
                    continue;
                }
                accepted++;
                state = smoothing.state();
                GeoPoint position = smoothing.position().orElseThrow();
                last = Optional.of(new LocationUpdate(orderId, position.lat(), position.lng(),
                        smoothing.speedMetresPerSecond().orElse(0.0), fix.recordedAt(), now));
                if (current.arrivesWith(position)) {
                    current = deliveries.update(current, current.arrived(now));
                    outbox.append(new DeliveryArriving(orderId, delivery.buyerId(),
                            Math.round(position.metresTo(delivery.destination()))));
                }
            }
            fixes.add(orderId, stored);
            if (accepted == 0) {
                return new Result(new Ingested(0, batch.size() - late, late), Optional.empty());
            }
            deliveries.saveHead(orderId, new Deliveries.TrackHead(state.orElseThrow(), last.orElseThrow()));
            return new Result(new Ingested(accepted, batch.size() - accepted - late, late), last);
        });
        result.published().ifPresent(bus::publish);
        return result.ingested();
    }

    private static void validate(List<Fix> batch, Instant now) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw ValidationFailed.of("fixes", "send 1 to " + MAX_BATCH + " fixes");
        }
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).requireLive(now, batch.size() == 1 ? "recordedAt" : "fixes[" + i + "].recordedAt");
            if (i > 0 && batch.get(i).recordedAt().isBefore(batch.get(i - 1).recordedAt())) {
                throw ValidationFailed.of("fixes[" + i + "].recordedAt", "fixes must be in time order");
            }
        }
    }

    private record Result(Ingested ingested, Optional<LocationUpdate> published) {
    }

    /** How many fixes moved the track, how many were implausible jumps, and how many came after newer ones. */
    public record Ingested(int accepted, int rejected, int late) {
    }
}
