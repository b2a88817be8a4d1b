package com.pakashop.application.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A single-process stand-in for the delivery store, enough to test the relay's decisions. */
final class InMemoryDeliveries implements OutboxDeliveries {
    final Map<UUID, OutboxEvent> undispatched = new LinkedHashMap<>();
    final Map<UUID, Row> rows = new LinkedHashMap<>();

    static final class Row {
        final UUID id = UUID.randomUUID();
        final OutboxEvent event;
        final String handler;
        String status = "PENDING";
        int attempts;
        Instant due;
        Instant leasedUntil = Instant.MIN;
        String lastError;

        Row(OutboxEvent event, String handler, Instant due) {
            this.event = event;
            this.handler = handler;
            this.due = due;
        }
    }

    void add(OutboxEvent event) {
        undispatched.put(event.id(), event);
    }

    List<Row> rowsFor(String handler) {
        return rows.values().stream().filter(r -> r.handler.equals(handler)).toList();
    }

    @Override
    public List<OutboxEvent> claimUndispatched(int limit) {
        return undispatched.values().stream().limit(limit).toList();
    }

    @Override
    public void dispatch(UUID eventId, List<String> handlers, Instant due) {
        OutboxEvent event = undispatched.remove(eventId);
        for (String handler : handlers) {
            Row row = new Row(event, handler, due);
            rows.put(row.id, row);
        }
    }

    @Override
    public List<Delivery> leaseDue(Set<String> handlers, int limit, Instant now, Duration lease) {
        List<Delivery> leased = new ArrayList<>();
        rows.values().stream()
                .filter(r -> handlers.contains(r.handler) && r.status.equals("PENDING") && !r.due.isAfter(now) && r.leasedUntil.isBefore(now))
                .sorted(Comparator.comparing(r -> r.due))
                .limit(limit)
                .forEach(r -> {
                    r.attempts++;
                    r.leasedUntil = now.plus(lease);
                    leased.add(new Delivery(r.id, r.event, r.handler, r.attempts));
                });
        return leased;
    }

    @Override
    public void markDelivered(UUID deliveryId, Instant at) {
        rows.get(deliveryId).status = "DELIVERED";
    }

    @Override
    public void scheduleRetry(UUID deliveryId, Instant nextAttempt, String error) {
        Row row = rows.get(deliveryId);
        row.due = nextAttempt;
        row.leasedUntil = Instant.MIN;
        row.lastError = error;
    }

    @Override
    public void markDead(UUID deliveryId, Instant at, String error) {
        Row row = rows.get(deliveryId);
        row.status = "DEAD";
        row.lastError = error;
    }

    @Override
    public List<DeadLetter> deadLetters(Optional<UUID> after, int limit) {
        return rows.values().stream().filter(r -> r.status.equals("DEAD"))
                .map(r -> new DeadLetter(r.id, r.event.id(), r.event.type(), r.handler, r.attempts, r.lastError, r.due))
                .limit(limit).toList();
    }

    @Override
    public boolean replay(UUID deliveryId, Instant now, String actor, String reason) {
        Row row = rows.get(deliveryId);
        if (row == null || !row.status.equals("DEAD")) {
            return false;
        }
        row.status = "PENDING";
        row.attempts = 0;
        row.due = now;
        row.leasedUntil = Instant.MIN;
        return true;
    }
}
