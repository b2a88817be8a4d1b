package com.pakashop.application.settlement;

import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * A delivered order whose money is releasable and not yet in the settlement pool: what its
 * release credited the vendor (from the ledger), its delivery fee, and who delivered it.
 */
public record ReleasedOrder(UUID orderId, UUID shopId, Money vendorCredit, Money deliveryFee, Optional<UUID> agentId) {
}
