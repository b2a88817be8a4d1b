package com.pakashop.application.settlement;

import com.pakashop.domain.settlement.SettlementBatch;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Settlement batches, one per cut-off. Called inside a transaction. */
public interface SettlementBatches {

    Optional<SettlementBatch> batchByCutoff(Instant cutoff);

    Optional<SettlementBatch> batch(UUID id);

    void addBatch(SettlementBatch batch);

    void closeBatch(UUID id, Instant at);

    List<SettlementBatch> openBatches();

    /** Newest first; {@code before} is the id the previous page ended with. */
    List<SettlementBatch> batches(Optional<UUID> before, int limit);
}
