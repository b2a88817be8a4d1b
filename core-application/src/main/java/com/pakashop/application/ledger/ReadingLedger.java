package com.pakashop.application.ledger;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.shared.Money;
import java.util.Map;

/** Finance reading the books: the trial balance and one account's balance. */
public final class ReadingLedger {
    private final Ledger ledger;
    private final Transactions tx;

    public ReadingLedger(Ledger ledger, Transactions tx) {
        this.ledger = ledger;
        this.tx = tx;
    }

    /** Debit-minus-credit per kind of account; a sound ledger's totals sum to zero. */
    public Map<AccountKind, Money> trialBalance(Principal caller) {
        caller.require(Permission.LEDGER_READ);
        return tx.inTransaction(ledger::trialBalance);
    }

    /** The account's balance on its normal side. */
    public Money balance(Principal caller, Account account) {
        caller.require(Permission.LEDGER_READ);
        return tx.inTransaction(() -> ledger.balance(account));
    }
}
