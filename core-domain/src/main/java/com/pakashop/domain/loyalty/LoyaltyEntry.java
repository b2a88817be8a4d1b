package com.pakashop.domain.loyalty;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One line of a buyer's points ledger: points in are positive, points out negative. */
public record LoyaltyEntry(UUID id, UUID buyerId, Instant at, LoyaltyEntryKind kind, long points,
                           Optional<UUID> orderId) {
}
