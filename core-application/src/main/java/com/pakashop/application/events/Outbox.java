package com.pakashop.application.events;

/**
 * Where use cases put the events they raise. Must be called inside the use case's transaction:
 * the event is stored if and only if the change that raised it commits.
 */
public interface Outbox {

    OutboxEvent append(DomainEvent event);
}
