package com.pakashop.application.settlement;

import com.pakashop.domain.settlement.Payout;
import com.pakashop.domain.settlement.PayoutStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The payouts of settlement batches. Called inside a transaction. */
public interface Payouts {

    /** Stores the payout and makes it the carrier of {@code itemIds}. */
    void addPayout(Payout payout, List<UUID> itemIds);

    Optional<Payout> payout(UUID id);

    Optional<Payout> payoutForUpdate(UUID id);

    Payout update(Payout before, Payout after);

    List<Payout> payoutsOf(UUID batchId, Optional<PayoutStatus> status);

    Map<PayoutStatus, Integer> countsOf(UUID batchId);
}
