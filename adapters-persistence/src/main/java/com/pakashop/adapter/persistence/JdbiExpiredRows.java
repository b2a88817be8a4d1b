package com.pakashop.adapter.persistence;

import com.pakashop.application.jobs.ExpiredRows;
import java.time.Instant;

/** Deletes in batches so a large backlog never holds long locks or one huge transaction. */
public final class JdbiExpiredRows implements ExpiredRows {
    private static final int BATCH = 1000;

    private final JdbiTransactions tx;

    public JdbiExpiredRows(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public int deleteIdempotencyRecordsExpiredBefore(Instant cutoff) {
        return repeatUntilShort("""
                DELETE FROM idempotency_records r
                USING (SELECT scope, key FROM idempotency_records WHERE expires_at < :cutoff
                       LIMIT :batch FOR UPDATE SKIP LOCKED) doomed
                WHERE r.scope = doomed.scope AND r.key = doomed.key""", cutoff);
    }

    @Override
    public int deleteDeliveredEventsOlderThan(Instant cutoff) {
        return repeatUntilShort("""
                WITH doomed AS (
                    SELECT e.id FROM outbox_events e
                    WHERE e.dispatched_at < :cutoff
                      AND NOT EXISTS (SELECT 1 FROM outbox_deliveries d WHERE d.event_id = e.id AND d.status <> 'DELIVERED')
                    ORDER BY e.dispatched_at
                    LIMIT :batch
                    FOR UPDATE SKIP LOCKED
                ), processed AS (
                    DELETE FROM processed_events p USING doomed WHERE p.event_id = doomed.id
                )
                DELETE FROM outbox_events e USING doomed WHERE e.id = doomed.id""", cutoff);
    }

    @Override
    public int deleteSpentCredentialsBefore(Instant cutoff) {
        return repeatUntilShort("""
                DELETE FROM refresh_tokens r
                USING (SELECT id FROM refresh_tokens WHERE expires_at < :cutoff LIMIT :batch FOR UPDATE SKIP LOCKED) doomed
                WHERE r.id = doomed.id""", cutoff)
                + repeatUntilShort("""
                DELETE FROM password_resets r
                USING (SELECT id FROM password_resets WHERE expires_at < :cutoff LIMIT :batch FOR UPDATE SKIP LOCKED) doomed
                WHERE r.id = doomed.id""", cutoff)
                + repeatUntilShort("""
                DELETE FROM login_ip_failures f
                USING (SELECT ip FROM login_ip_failures
                       WHERE last_failure_at < :cutoff AND (locked_until IS NULL OR locked_until < :cutoff)
                       LIMIT :batch FOR UPDATE SKIP LOCKED) doomed
                WHERE f.ip = doomed.ip""", cutoff);
    }

    private int repeatUntilShort(String sql, Instant cutoff) {
        int total = 0;
        int deleted;
        do {
            deleted = tx.inTransaction(() -> tx.withHandle(handle -> handle.createUpdate(sql)
                    .bind("cutoff", cutoff)
                    .bind("batch", BATCH)
                    .execute()));
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
