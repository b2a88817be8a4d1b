package com.pakashop.application.ledger;

import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.JournalEntry;
import com.pakashop.domain.ledger.Posting;
import com.pakashop.domain.shared.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** An append-only journal in a list, with balances derived from postings as PostgreSQL derives them. */
public final class InMemoryLedger implements Ledger {
    private final List<JournalEntry> entries = new ArrayList<>();

    public List<JournalEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public void post(JournalEntry entry) {
        entries.add(entry);
    }

    @Override
    public Money balance(Account account) {
        long debitMinusCredit = postings().stream().filter(p -> p.account().equals(account))
                .mapToLong(p -> p.amount().minor()).sum();
        return Money.zmw(account.kind().normalSide() == AccountKind.Side.DEBIT ? debitMinusCredit : -debitMinusCredit);
    }

    @Override
    public Map<AccountKind, Money> trialBalance() {
        Map<AccountKind, Money> totals = new EnumMap<>(AccountKind.class);
        for (Posting posting : postings()) {
            totals.merge(posting.account().kind(), posting.amount(), Money::plus);
        }
        return totals;
    }

    private List<Posting> postings() {
        return entries.stream().flatMap(entry -> entry.postings().stream()).toList();
    }
}
