package com.pakashop.application.fraud;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What screening reads about a buyer and the shops being paid. */
public interface FraudHistory {

    /**
     * When the account was made, how many orders it has paid and their average total, how many
     * different payer numbers its failed payments used since {@code failedSince}, and the owners
     * and payout numbers (E.164) of the shops being paid: one read, on the hot path of every
     * payment initiation.
     */
    BuyerRecord buyer(UUID buyerId, List<UUID> shopIds, Instant failedSince);

    /** The average total of orders paid since {@code since}, platform-wide; empty when there were none. */
    Optional<Money> platformAverage(Instant since);

    record BuyerRecord(Instant createdAt, long paidOrders, Optional<Money> averageOrder, long failedNumbers,
                       List<UUID> shopOwners, List<String> shopPayoutNumbers) {
        public BuyerRecord {
            shopOwners = List.copyOf(shopOwners);
            shopPayoutNumbers = List.copyOf(shopPayoutNumbers);
        }
    }
}
