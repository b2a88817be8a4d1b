package com.pakashop.adapter.persistence;

import com.pakashop.application.events.DeadLetter;
import com.pakashop.application.events.Delivery;
import com.pakashop.application.events.OutboxDeliveries;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.domain.shared.Ids;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Delivery rows in PostgreSQL. Every claim uses {@code FOR UPDATE SKIP LOCKED}, so several relays
 * share the work without blocking each other or taking the same row.
 */
public final class JdbiOutboxDeliveries implements OutboxDeliveries {
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    private final JdbiTransactions tx;
    private final Ids ids;

    public JdbiOutboxDeliveries(JdbiTransactions tx, Ids ids) {
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public List<OutboxEvent> claimUndispatched(int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id, type, aggregate_id, payload::text AS payload, occurred_at
                        FROM outbox_events
                        WHERE dispatched_at IS NULL
                        ORDER BY occurred_at, id
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""")
                .bind("limit", limit)
                .map((rs, ctx) -> event(rs, "id"))
                .list());
    }

    @Override
    public void dispatch(UUID eventId, List<String> handlers, Instant due) {
        tx.inTransaction(() -> tx.withHandle(handle -> {
            if (!handlers.isEmpty()) {
                PreparedBatch batch = handle.prepareBatch("""
                        INSERT INTO outbox_deliveries (id, event_id, handler, status, attempts, next_attempt_at)
                        VALUES (:id, :eventId, :handler, 'PENDING', 0, :due)
                        ON CONFLICT (event_id, handler) DO NOTHING""");
                for (String handler : handlers) {
                    batch.bind("id", ids.next()).bind("eventId", eventId).bind("handler", handler)
                            .bind("due", due).add();
                }
                batch.execute();
            }
            return handle.createUpdate("UPDATE outbox_events SET dispatched_at = :at WHERE id = :id")
                    .bind("at", due).bind("id", eventId).execute();
        }));
    }

    @Override
    public List<Delivery> leaseDue(Set<String> handlers, int limit, Instant now, Duration lease) {
        return tx.withHandle(handle -> handle.createQuery("""
                        WITH due AS (
                            SELECT id FROM outbox_deliveries
                            WHERE status = 'PENDING' AND next_attempt_at <= :now
                              AND handler = ANY(:handlers)
                              AND (leased_until IS NULL OR leased_until < :now)
                            ORDER BY next_attempt_at
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED
                        ), leased AS (
                            UPDATE outbox_deliveries d
                            SET attempts = d.attempts + 1, leased_until = :leaseEnd
                            FROM due WHERE d.id = due.id
                            RETURNING d.id, d.event_id, d.handler, d.attempts
                        )
                        SELECT l.id AS delivery_id, l.handler, l.attempts,
                               e.id, e.type, e.aggregate_id, e.payload::text AS payload, e.occurred_at
                        FROM leased l JOIN outbox_events e ON e.id = l.event_id
                        ORDER BY e.occurred_at""")
                .bind("now", now)
                .bindArray("handlers", String.class, handlers)
                .bind("leaseEnd", now.plus(lease))
                .bind("limit", limit)
                .map((rs, ctx) -> new Delivery(rs.getObject("delivery_id", UUID.class), event(rs, "id"),
                        rs.getString("handler"), rs.getInt("attempts")))
                .list());
    }

    @Override
    public void markDelivered(UUID deliveryId, Instant at) {
        tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE outbox_deliveries
                        SET status = 'DELIVERED', delivered_at = :at, leased_until = NULL, last_error = NULL
                        WHERE id = :id""")
                .bind("at", at).bind("id", deliveryId).execute());
    }

    @Override
    public void scheduleRetry(UUID deliveryId, Instant nextAttempt, String error) {
        tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE outbox_deliveries
                        SET next_attempt_at = :next, leased_until = NULL, last_error = :error
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("next", nextAttempt).bind("error", error).bind("id", deliveryId).execute());
    }

    @Override
    public void markDead(UUID deliveryId, Instant at, String error) {
        tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE outbox_deliveries
                        SET status = 'DEAD', dead_at = :at, leased_until = NULL, last_error = :error
                        WHERE id = :id AND status = 'PENDING'""")
                .bind("at", at).bind("error", error).bind("id", deliveryId).execute());
    }

    @Override
    public List<DeadLetter> deadLetters(Optional<UUID> after, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT d.id, d.event_id, e.type, d.handler, d.attempts, d.last_error, d.dead_at
                        FROM outbox_deliveries d JOIN outbox_events e ON e.id = d.event_id
                        WHERE d.status = 'DEAD' AND d.id > :after
                        ORDER BY d.id
                        LIMIT :limit""")
                .bind("after", after.orElse(BEFORE_ALL))
                .bind("limit", limit)
                .map((rs, ctx) -> new DeadLetter(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("type"), rs.getString("handler"), rs.getInt("attempts"), rs.getString("last_error"),
                        rs.getObject("dead_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public boolean replay(UUID deliveryId, Instant now, String actor, String reason) {
        return tx.inTransaction(() -> tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE outbox_deliveries
                            SET status = 'PENDING', attempts = 0, next_attempt_at = :now, leased_until = NULL, dead_at = NULL
                            WHERE id = :id AND status = 'DEAD'""")
                    .bind("now", now).bind("id", deliveryId).execute();
            if (updated == 1) {
                handle.createUpdate("""
                                INSERT INTO outbox_replays (id, delivery_id, replayed_at, actor, reason)
                                VALUES (:id, :deliveryId, :at, :actor, :reason)""")
                        .bind("id", ids.next()).bind("deliveryId", deliveryId).bind("at", now)
                        .bind("actor", actor).bind("reason", reason).execute();
            }
            return updated == 1;
        }));
    }

    private static OutboxEvent event(ResultSet rs, String idColumn) throws SQLException {
        String type = rs.getString("type");
        String payload = rs.getString("payload");
        return new OutboxEvent(rs.getObject(idColumn, UUID.class), type, rs.getString("aggregate_id"),
                () -> EventJson.read(type, payload), rs.getObject("occurred_at", OffsetDateTime.class).toInstant());
    }
}
