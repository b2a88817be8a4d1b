package com.pakashop.application.reconciliation;

import com.pakashop.domain.reconciliation.DiscrepancyClass;
import com.pakashop.domain.reconciliation.Finding;
import com.pakashop.domain.reconciliation.InternalRecord;
import com.pakashop.domain.reconciliation.ReconciliationRun;
import com.pakashop.domain.reconciliation.StoredDiscrepancy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Our side of a reconciliation, and the runs and discrepancies it leaves. Called inside a transaction. */
public interface ReconciliationStore {

    /** The provider's payments, refunds and payouts created in [from, to). */
    List<InternalRecord> internalRecords(String provider, Instant from, Instant to);

    /** The run and every discrepancy, written together. */
    void save(ReconciliationRun run, List<Finding> discrepancies);

    boolean hasRunFrom(String source);

    Optional<ReconciliationRun> run(UUID id);

    /** Newest first; {@code before} is the id the previous page ended with. */
    List<ReconciliationRun> runs(Optional<UUID> before, int limit);

    /** A run's discrepancies in statement order; {@code after} is the id the previous page ended with. */
    List<StoredDiscrepancy> discrepancies(UUID runId, Optional<DiscrepancyClass> kind, Optional<Boolean> resolved,
                                          Optional<UUID> after, int limit);

    Optional<StoredDiscrepancy> discrepancyForUpdate(UUID id);

    void resolve(UUID id, StoredDiscrepancy.Resolution resolution);
}
