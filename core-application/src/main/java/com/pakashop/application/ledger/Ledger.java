package com.pakashop.application.ledger;

import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.JournalEntry;
import com.pakashop.domain.shared.Money;
import java.util.Map;

/** Append-only journal. Posting joins the caller's transaction, so an entry lands with the change it books. */
public interface Ledger {

    void post(JournalEntry entry);

    /** The account's ZMW balance on its normal side. */
    Money balance(Account account);

    /** Debit-minus-credit ZMW total per account kind; a sound ledger's totals sum to zero. */
    Map<AccountKind, Money> trialBalance();
}
