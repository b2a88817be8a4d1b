package com.pakashop.application.settlement;

import com.pakashop.domain.shared.Money;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the daily batch closes (a time of day in {@code zone}), the smallest sum worth a transfer,
 * and the agent's share of each delivery fee in basis points.
 */
public record SettlementPolicy(LocalTime cutoff, ZoneId zone, Money minimum, long agentShareBasisPoints) {
    public SettlementPolicy {
        if (agentShareBasisPoints < 0 || agentShareBasisPoints > 10_000) {
            throw new IllegalArgumentException("the agent's share is between 0 and 10000 basis points");
        }
    }
}
