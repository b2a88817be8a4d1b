package com.pakashop.application.events;

import com.pakashop.application.shared.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every outbox event to every handler that wants it. One pass first fans new events out
 * into one delivery per interested handler, then runs the deliveries that are due. A handler
 * runs outside any transaction (it may call an outside system); its success is recorded after.
 */
public final class RelayingOutboxEvents {
    private static final Logger log = LoggerFactory.getLogger(RelayingOutboxEvents.class);
    private static final int MAX_ERROR_LENGTH = 500;

    private final Map<String, EventHandler> handlers;
    private final OutboxDeliveries deliveries;
    private final ProcessedEvents processed;
    private final Transactions tx;
    private final RetrySchedule retries;
    private final Duration lease;
    private final int batchSize;
    private final Clock clock;

    public RelayingOutboxEvents(List<EventHandler> handlers, OutboxDeliveries deliveries, ProcessedEvents processed,
                                Transactions tx, RetrySchedule retries, Duration lease, int batchSize, Clock clock) {
        this.handlers = handlers.stream().collect(Collectors.toUnmodifiableMap(EventHandler::name, Function.identity()));
        this.deliveries = deliveries;
        this.processed = processed;
        this.tx = tx;
        this.retries = retries;
        this.lease = lease;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    public RelayReport relayOnce() {
        int dispatched = dispatchNewEvents();
        int delivered = 0;
        int retried = 0;
        int dead = 0;
        for (Delivery delivery : deliveries.leaseDue(handlers.keySet(), batchSize, clock.instant(), lease)) {
            switch (deliver(delivery)) {
                case DELIVERED -> delivered++;
                case RETRY -> retried++;
                case DEAD -> dead++;
            }
        }
        return new RelayReport(dispatched, delivered, retried, dead);
    }

    private int dispatchNewEvents() {
        return tx.inTransaction(() -> {
            List<OutboxEvent> events = deliveries.claimUndispatched(batchSize);
            Instant now = clock.instant();
            for (OutboxEvent event : events) {
                List<String> interested = handlers.values().stream()
                        .filter(handler -> handler.handles(event.type()))
                        .map(EventHandler::name)
                        .sorted()
                        .toList();
                deliveries.dispatch(event.id(), interested, now);
            }
            return events.size();
        });
    }

    private Outcome deliver(Delivery delivery) {
        EventHandler handler = handlers.get(delivery.handler());
        if (processed.isProcessed(delivery.event().id(), delivery.handler())) {
            deliveries.markDelivered(delivery.id(), clock.instant());
            return Outcome.DELIVERED;
        }
        try {
            handler.handle(delivery.event());
        } catch (Exception e) {
            return fail(delivery, describe(e));
        }
        tx.inTransaction(() -> {
            Instant now = clock.instant();
            processed.record(delivery.event().id(), delivery.handler(), now);
            deliveries.markDelivered(delivery.id(), now);
        });
        return Outcome.DELIVERED;
    }

    private Outcome fail(Delivery delivery, String error) {
        Instant now = clock.instant();
        Optional<Instant> next = retries.nextAttempt(delivery.attempt(), now);
        if (next.isPresent()) {
            log.warn("Delivery {} of event {} to {} failed on attempt {}; retrying at {}: {}",
                    delivery.id(), delivery.event().id(), delivery.handler(), delivery.attempt(), next.get(), error);
            deliveries.scheduleRetry(delivery.id(), next.get(), error);
            return Outcome.RETRY;
        }
        log.error("Delivery {} of event {} to {} failed on its last attempt ({}); dead-lettered: {}",
                delivery.id(), delivery.event().id(), delivery.handler(), delivery.attempt(), error);
        deliveries.markDead(delivery.id(), now, error);
        return Outcome.DEAD;
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() <= MAX_ERROR_LENGTH ? text : text.substring(0, MAX_ERROR_LENGTH);
    }

    private enum Outcome { DELIVERED, RETRY, DEAD }
}
