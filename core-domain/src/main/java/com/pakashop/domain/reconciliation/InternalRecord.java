package com.pakashop.domain.reconciliation;

import java.util.Optional;
import java.util.UUID;

/** A payment, refund or payout as our books have it; {@code providerId} is the provider's own id when we hold it. */
public record InternalRecord(TransferKind kind, UUID id, Optional<String> providerId, long amount, String currency,
                             TransferOutcome outcome) {
}
