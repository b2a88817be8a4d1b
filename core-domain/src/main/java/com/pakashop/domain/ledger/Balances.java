package com.pakashop.domain.ledger;

import com.pakashop.domain.shared.Money;
import java.util.HashMap;
import java.util.Map;

/**
 * Account balances from a run of entries, each on its account's normal side: a payable's balance
 * is what we owe, clearing's what the provider holds for us. The sum of all signed balances is
 * always zero because every entry is.
 */
public final class Balances {
    private final Map<Account, Money> signed = new HashMap<>();

    public void apply(JournalEntry entry) {
        for (Posting posting : entry.postings()) {
            signed.merge(posting.account(), posting.amount(), Money::plus);
        }
    }

    /** The balance on the account's normal side; zero for an account never posted to. */
    public Money of(Account account) {
        Money debitMinusCredit = signed.getOrDefault(account, Money.zmw(0));
        return account.kind().normalSide() == AccountKind.Side.DEBIT ? debitMinusCredit
                : Money.zero(debitMinusCredit.currency()).minus(debitMinusCredit);
    }

    public Map<Account, Money> all() {
        Map<Account, Money> normal = new HashMap<>();
        signed.keySet().forEach(account -> normal.put(account, of(account)));
        return normal;
    }

    /** Debits minus credits over every account: zero in a sound ledger. */
    public Money trialDifference() {
        return signed.values().stream().reduce(Money.zmw(0), Money::plus);
    }
}
