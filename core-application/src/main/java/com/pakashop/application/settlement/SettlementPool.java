package com.pakashop.application.settlement;

import com.pakashop.domain.settlement.SettlementItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What is owed and not yet carried by a payout: the items of released orders. Called inside a transaction. */
public interface SettlementPool {

    /** Held until the transaction ends: one batch is planned at a time, whichever worker plans it. */
    void lockPlanning();

    /** RELEASABLE orders delivered before {@code cutoff} that have no settlement items yet. */
    List<ReleasedOrder> unpooledReleasable(Instant cutoff);

    void addItems(List<SettlementItem> items);

    /** Items not carried by any payout that is still going or completed. */
    List<SettlementItem> pool();

    /** The failed payout's items go back to the pool for the next batch. */
    void returnItemsToPool(UUID payoutId);

    /** RELEASABLE → SETTLED for the orders whose vendor items this payout carried; how many moved. */
    int settleOrdersOf(UUID payoutId);
}
