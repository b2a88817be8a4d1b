package com.pakashop.application.events;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An outbox that keeps what was raised, in order, for a test to read. */
public final class RecordingOutbox implements Outbox {
    private final List<DomainEvent> raised = new ArrayList<>();

    public List<DomainEvent> raised() {
        return List.copyOf(raised);
    }

    public <E extends DomainEvent> List<E> raised(Class<E> kind) {
        return raised.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @Override
    public OutboxEvent append(DomainEvent event) {
        raised.add(event);
        return OutboxEvent.of(UUID.randomUUID(), event, Instant.EPOCH);
    }
}
