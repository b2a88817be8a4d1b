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

    private final SettlementBatches settlementBatches;
    private final Payouts payoutRecords;
    private final Transactions tx;

    public ViewingSettlements(SettlementBatches settlementBatches, Payouts payoutRecords, Transactions tx) {
        this.settlementBatches = settlementBatches;
        this.payoutRecords = payoutRecords;
        this.tx = tx;
    }

    public List<SettlementBatch> batches(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        requireLimit(limit);
        return tx.inTransaction(() -> settlementBatches.batches(before, limit));
    }

    public BatchDetail batch(Principal caller, UUID id) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        return tx.inTransaction(() -> new BatchDetail(
                settlementBatches.batch(id).orElseThrow(() -> new NotFound("No settlement batch " + id)), payoutRecords.countsOf(id)));
    }

    public List<Payout> payouts(Principal caller, UUID batchId, Optional<PayoutStatus> status) {
        caller.require(Permission.SETTLEMENT_MANAGE);
        return tx.inTransaction(() -> {
            settlementBatches.batch(batchId).orElseThrow(() -> new NotFound("No settlement batch " + batchId));
            return payoutRecords.payoutsOf(batchId, status);
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
