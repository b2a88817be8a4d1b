package com.pakashop.domain.settlement;

import com.pakashop.domain.shared.Money;
import java.util.UUID;

/** What one delivered order owes one payee; it waits in the pool until a payout carries it. */
public record SettlementItem(UUID id, UUID orderId, Payee payee, Money amount) {
    public SettlementItem {
        if (amount.isNegative() || amount.isZero()) {
            throw new IllegalArgumentException("a settlement item owes a positive amount");
        }
    }
}
