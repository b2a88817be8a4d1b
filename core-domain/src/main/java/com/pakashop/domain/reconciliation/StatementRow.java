package com.pakashop.domain.reconciliation;

import java.time.Instant;
import java.util.Optional;

/**
 * One line of a provider's statement, already read and checked. {@code ourReference} is the id we
 * gave the provider, where its statement shows it; {@code amount} is in minor units.
 */
public record StatementRow(long line, String providerId, Optional<String> ourReference, TransferKind kind, long amount,
                           String currency, TransferOutcome outcome, Instant at) {
}
