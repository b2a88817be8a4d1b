package com.pakashop.domain.ledger;

import com.pakashop.domain.shared.Money;

/** One line of a journal entry: a debit (positive) or a credit (negative) to one account. */
public record Posting(Account account, Money amount) {
    public Posting {
        if (amount.isZero()) {
            throw new IllegalArgumentException("a posting moves money");
        }
    }

    public static Posting debit(Account account, Money amount) {
        return new Posting(account, amount);
    }

    public static Posting credit(Account account, Money amount) {
        return new Posting(account, Money.zero(amount.currency()).minus(amount));
    }
}
