package com.pakashop.application.events;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** An event as stored in the outbox: what handlers receive. */
public record OutboxEvent(UUID id, String type, String aggregateId, Map<String, String> payload, Instant occurredAt) {
    public OutboxEvent {
        payload = Map.copyOf(payload);
    }
}
