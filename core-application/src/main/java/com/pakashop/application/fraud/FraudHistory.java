package com.pakashop.application.fraud;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What screening reads about a buyer and the shops being paid. */
public interface FraudHistory {

    /**
     * When the account was made, how many orders it has paid and their average total, and how many
     * different payer numbers its failed payments used since {@code failedSince}: one read.
     */
    BuyerRecord buyer(UUID buyerId, Instant failedSince);

    /** The average total of orders paid since {@code since}, platform-wide; empty when there were none. */
    Optional<Money> platformAverage(Instant since);

    /** The owners and payout numbers (E.164) of these shops. */
    List<ShopFacts> shops(List<UUID> shopIds);

    record BuyerRecord(Instant createdAt, long paidOrders, Optional<Money> averageOrder, long failedNumbers) {
    }

    record ShopFacts(UUID shopId, UUID ownerId, String payoutNumber) {
    }
}
