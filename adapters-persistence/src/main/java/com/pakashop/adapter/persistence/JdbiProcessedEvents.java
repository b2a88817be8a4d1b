package com.pakashop.adapter.persistence;

import com.pakashop.application.events.ProcessedEvents;
import java.time.Instant;
import java.util.UUID;

/** One row per (event, handler) that finished; the primary key makes recording twice harmless. */
public final class JdbiProcessedEvents implements ProcessedEvents {
    private final JdbiTransactions tx;

    public JdbiProcessedEvents(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean isProcessed(UUID eventId, String handler) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT EXISTS (SELECT 1 FROM processed_events WHERE event_id = :eventId AND handler = :handler)")
                .bind("eventId", eventId).bind("handler", handler)
                .mapTo(Boolean.class).one());
    }

    @Override
    public void record(UUID eventId, String handler, Instant at) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO processed_events (event_id, handler, processed_at) VALUES (:eventId, :handler, :at)
                        ON CONFLICT (event_id, handler) DO NOTHING""")
                .bind("eventId", eventId).bind("handler", handler).bind("at", at)
                .execute());
    }
}
