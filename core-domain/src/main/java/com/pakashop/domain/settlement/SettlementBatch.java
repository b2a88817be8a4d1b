package com.pakashop.domain.settlement;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One settlement run: everything delivered before {@code cutoff} and not yet paid, planned into
 * payouts. {@code cutoff} is unique, so the scheduled run of a day happens once however many
 * workers try.
 */
public record SettlementBatch(UUID id, Instant cutoff, String trigger, String createdBy, int payoutCount, Money total,
                              int carriedCount, Money carried, BatchStatus status, Instant createdAt,
                              Optional<Instant> closedAt) {
}
