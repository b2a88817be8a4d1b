package com.pakashop.application.settlement;

import com.pakashop.domain.shared.Money;
import java.time.LocalTime;

/**
 * When the daily batch closes (a Lusaka time of day), the smallest sum worth a transfer,
 * and the agent's share of each delivery fee in basis points.
 */
public record SettlementPolicy(LocalTime cutoff, Money minimum, long agentShareBasisPoints) {
    public SettlementPolicy {
        if (agentShareBasisPoints < 0 || agentShareBasisPoints > 10_000) {
            throw new IllegalArgumentException("the agent's share is between 0 and 10000 basis points");
        }
    }
}
