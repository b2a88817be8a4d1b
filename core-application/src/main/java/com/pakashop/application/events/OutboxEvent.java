package com.pakashop.application.events;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * An event as stored in the outbox: what handlers receive. The record is read when a handler asks
 * for it ({@link #as}), so a row that no longer reads fails that handler's delivery, which is
 * retried and then dead-lettered for an operator, instead of stopping the relay for every event.
 */
public record OutboxEvent(UUID id, String type, String aggregateId, Supplier<DomainEvent> event, Instant occurredAt) {

    /** An event this process has just raised. */
    public static OutboxEvent of(UUID id, DomainEvent event, Instant occurredAt) {
        return new OutboxEvent(id, event.type(), event.aggregateId().toString(), () -> event, occurredAt);
    }

    /** The event as the record a handler expects; throws when the stored row is another event or does not read. */
    public <E extends DomainEvent> E as(Class<E> kind) {
        DomainEvent read = event.get();
        if (!kind.isInstance(read)) {
            throw new IllegalArgumentException("event " + id + " is a " + type + ", not a " + kind.getSimpleName());
        }
        return kind.cast(read);
    }
}
