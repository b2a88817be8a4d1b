package com.pakashop.application.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps the idempotency and outbox tables small. Safe to run any number of times. */
public final class PurgingExpiredRows {
    private static final Logger log = LoggerFactory.getLogger(PurgingExpiredRows.class);

    /** Long enough to investigate a theft report (the reuse of a rotated refresh token) after the fact. */
    private static final Duration SPENT_CREDENTIALS_KEPT = Duration.ofDays(7);

    private final ExpiredRows rows;
    private final Duration outboxRetention;
    private final Clock clock;

    public PurgingExpiredRows(ExpiredRows rows, Duration outboxRetention, Clock clock) {
        this.rows = rows;
        this.outboxRetention = outboxRetention;
        this.clock = clock;
    }

    public Purged purge() {
        Instant now = clock.instant();
        Purged purged = new Purged(
                rows.deleteIdempotencyRecordsExpiredBefore(now),
                rows.deleteDeliveredEventsOlderThan(now.minus(outboxRetention)),
                rows.deleteSpentCredentialsBefore(now.minus(SPENT_CREDENTIALS_KEPT)));
        if (purged.idempotencyRecords() + purged.outboxEvents() + purged.credentials() > 0) {
            log.info("Purged {} expired idempotency records, {} delivered outbox events, {} spent credentials",
                    purged.idempotencyRecords(), purged.outboxEvents(), purged.credentials());
        }
        return purged;
    }

    public record Purged(int idempotencyRecords, int outboxEvents, int credentials) {
    }
}
