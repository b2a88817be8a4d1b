package com.pakashop.adapter.persistence;

import com.pakashop.application.events.DomainEvent;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Stores events in the same transaction as the change that raised them (the transactional outbox). */
public final class JdbiOutbox implements Outbox {
    private final JdbiTransactions tx;
    private final Ids ids;
    private final Clock clock;

    public JdbiOutbox(JdbiTransactions tx, Ids ids, Clock clock) {
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public OutboxEvent append(DomainEvent event) {
        if (!tx.inTransaction()) {
            throw new IllegalStateException("Outbox.append must run inside Transactions.inTransaction, "
                    + "or the event could outlive a change that rolled back");
        }
        OutboxEvent stored = OutboxEvent.of(ids.next(), event, clock.instant());
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO outbox_events (id, type, aggregate_id, payload, occurred_at)
                        VALUES (:id, :type, :aggregateId, CAST(:payload AS jsonb), :occurredAt)""")
                .bind("id", stored.id())
                .bind("type", stored.type())
                .bind("aggregateId", stored.aggregateId())
                .bind("payload", EventJson.write(event))
                .bind("occurredAt", OffsetDateTime.ofInstant(stored.occurredAt(), ZoneOffset.UTC))
                .execute());
        return stored;
    }
}
