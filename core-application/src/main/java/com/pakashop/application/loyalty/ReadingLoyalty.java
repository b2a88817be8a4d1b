package com.pakashop.application.loyalty;

import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.loyalty.LoyaltyEntry;
import com.pakashop.domain.loyalty.LoyaltyTerms;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A buyer's own points: the balance, what a point is worth, and the entries behind it. */
public final class ReadingLoyalty {
    public static final int MAX_PAGE = 100;

    private final LoyaltyLedger ledger;
    private final LoyaltyTerms terms;

    public ReadingLoyalty(LoyaltyLedger ledger, LoyaltyTerms terms) {
        this.ledger = ledger;
        this.terms = terms;
    }

    public Statement statement(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.CART_USE);
        UUID buyer = caller.self();
        return new Statement(ledger.balance(buyer), terms, ledger.entries(buyer, before, limit));
    }

    public record Statement(long balance, LoyaltyTerms terms, List<LoyaltyEntry> entries) {
        public Statement {
            entries = List.copyOf(entries);
        }
    }
}
