package com.pakashop.application.events;

/**
 * Reacts to outbox events. Delivery is at least once: a handler may see the same event again
 * after a crash, so its effect must be idempotent (the relay skips events it recorded as done).
 */
public interface EventHandler {

    /** A stable name: it keys the delivery and processed-event records, so never rename it lightly. */
    String name();

    /** Whether this handler reacts to events stored under this type name ({@link DomainEvent#type()}). */
    boolean handles(String eventType);

    /** {@code event.as(TheRecord.class)} gives the event as the record the handler expects. */
    void handle(OutboxEvent event) throws Exception;
}
