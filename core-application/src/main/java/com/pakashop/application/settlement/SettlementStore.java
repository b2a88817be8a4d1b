package com.pakashop.application.settlement;

import com.pakashop.domain.settlement.Payee;
import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.domain.settlement.SettlementItem;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Settlement's rows: the pool of items, batches and payouts. Called inside a transaction. */
public interface SettlementStore {

    /** Held until the transaction ends: one batch is planned at a time, whichever worker plans it. */
    void lockPlanning();

    /** RELEASABLE orders delivered before {@code cutoff} that have no settlement items yet. */
    List<ReleasedOrder> unpooledReleasable(Instant cutoff);

    void addItems(List<SettlementItem> items);

    /** Items not carried by any payout that is still going or completed. */
    List<SettlementItem> pool();

    Optional<SettlementBatch> batchByCutoff(Instant cutoff);

    Optional<SettlementBatch> batch(UUID id);

    void addBatch(SettlementBatch batch);

    void closeBatch(UUID id, Instant at);

    List<SettlementBatch> openBatches();

    /** Newest first; {@code before} is the id the previous page ended with. */
    List<SettlementBatch> batches(Optional<UUID> before, int limit);

    /** Stores the payout and makes it the carrier of {@code itemIds}. */
    void addPayout(Payout payout, List<UUID> itemIds);

    Optional<Payout> payout(UUID id);

    Optional<Payout> payoutForUpdate(UUID id);

    Payout update(Payout before, Payout after);

    List<Payout> payoutsOf(UUID batchId, Optional<PayoutStatus> status);

    Map<PayoutStatus, Integer> countsOf(UUID batchId);

    /** The failed payout's items go back to the pool for the next batch. */
    void returnItemsToPool(UUID payoutId);

    /** RELEASABLE → SETTLED for the orders whose vendor items this payout carried; how many moved. */
    int settleOrdersOf(UUID payoutId);

    /** Where each payee is paid; payees without a usable account are absent. */
    Map<Payee, PayoutAccount> accountsOf(List<Payee> payees);
}
