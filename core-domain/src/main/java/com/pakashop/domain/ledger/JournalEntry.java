package com.pakashop.domain.ledger;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A balanced set of postings booked together: debits equal credits, in one currency. {@code kind}
 * says what happened (CAPTURE, RELEASE, REFUND, PAYOUT...) and {@code reference} to what (a
 * payment, an order, a payout).
 */
public record JournalEntry(UUID id, Instant at, String kind, String reference, List<Posting> postings) {
    public JournalEntry {
        postings = List.copyOf(postings);
        if (postings.size() < 2) {
            throw new IllegalArgumentException("an entry has at least two postings");
        }
        Money sum = Money.zero(postings.get(0).amount().currency());
        for (Posting posting : postings) {
            sum = sum.plus(posting.amount());
        }
        if (!sum.isZero()) {
            throw new IllegalArgumentException("entry " + kind + " " + reference + " does not balance: " + sum);
        }
    }
}
