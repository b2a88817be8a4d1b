package com.pakashop.application.loyalty;

import com.pakashop.domain.loyalty.LoyaltyEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Buyers' points: an append-only ledger of entries, and lots (one per earning) that are spent and
 * expire oldest first. The balance is always the sum of the entries.
 */
public interface LoyaltyLedger {

    long balance(UUID buyerId);

    /** Newest first, before {@code before}. */
    List<LoyaltyEntry> entries(UUID buyerId, Optional<UUID> before, int limit);

    /** Credits an order's points once; false if that order already earned. */
    boolean earn(UUID buyerId, UUID orderId, long points, Instant at, Instant expiresAt);

    /** Takes points for an order from the buyer's oldest lots; false, taking nothing, if they have fewer. */
    boolean redeem(UUID buyerId, UUID orderId, long points, Instant at);

    /** Gives an order's redeemed points back to the lots they came from; false if there is nothing to give back. */
    boolean release(UUID orderId, Instant at);

    /** Expires lots past their date, oldest first, at most {@code limit}; returns how many. */
    int expireDue(Instant now, int limit);
}
