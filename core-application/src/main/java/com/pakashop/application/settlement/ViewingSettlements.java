package com.pakashop.application.settlement;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finance's view of settlement batches and their payouts. */
public final class ViewingSettlements {
    private static final int MAX_PAGE = 500;

    private final SettlementStore store;
    private final Transactions tx;

    public ViewingSettlements(SettlementStore store, Transactions tx) {
        this.store = store;
        this.tx = tx;
    }

    public List<SettlementBatch> batches(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        requireLimit(limit);
        return tx.inTransaction(() -> store.batches(before, limit));
    }

    public BatchDetail batch(Principal caller, UUID id) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        return tx.inTransaction(() -> new BatchDetail(
                store.batch(id).orElseThrow(() -> new NotFound("No settlement batch " + id)), store.countsOf(id)));
    }

    public List<Payout> payouts(Principal caller, UUID batchId, Optional<PayoutStatus> status) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        return tx.inTransaction(() -> {
            store.batch(batchId).orElseThrow(() -> new NotFound("No settlement batch " + batchId));
            return store.payoutsOf(batchId, status);
        });
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_PAGE);
        }
    }

    public record BatchDetail(SettlementBatch batch, Map<PayoutStatus, Integer> payouts) {
    }
}
