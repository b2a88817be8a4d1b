package com.pakashop.application.jobs;

import java.time.Instant;

/** Rows that have outlived their use. Each method deletes in bounded batches and returns the count. */
public interface ExpiredRows {

    int deleteIdempotencyRecordsExpiredBefore(Instant cutoff);

    /** Events every handler has finished, with their deliveries and processed records; dead ones stay. */
    int deleteDeliveredEventsOlderThan(Instant cutoff);

    /** Refresh tokens, reset codes and per-IP failure counters that can no longer matter. */
    int deleteSpentCredentialsBefore(Instant cutoff);
}
