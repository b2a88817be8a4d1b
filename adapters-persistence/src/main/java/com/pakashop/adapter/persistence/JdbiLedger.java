package com.pakashop.adapter.persistence;


import com.pakashop.application.ledger.Ledger;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.JournalEntry;
import com.pakashop.domain.ledger.Posting;
import com.pakashop.domain.shared.Money;
import java.util.EnumMap;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The journal on PostgreSQL. Entries balance in code (JournalEntry refuses otherwise) and again
 * in the database, where a deferred constraint trigger checks each entry at commit.
 */
public final class JdbiLedger implements Ledger {
    private final JdbiTransactions tx;

    public JdbiLedger(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void post(JournalEntry entry) {
        tx.withHandle(handle -> {
            handle.createUpdate("INSERT INTO ledger_entries (id, at, kind, reference) VALUES (:id, :at, :kind, :reference)")
                    .bind("id", entry.id()).bind("at", entry.at()).bind("kind", entry.kind())
                    .bind("reference", entry.reference()).execute();
            PreparedBatch postings = handle.prepareBatch("""
                    INSERT INTO ledger_postings (entry_id, position, account, currency, amount)
                    VALUES (:entry, :position, :account, :currency, :amount)""");
            for (int i = 0; i < entry.postings().size(); i++) {
                Posting posting = entry.postings().get(i);
                postings.bind("entry", entry.id()).bind("position", i).bind("account", posting.account().code())
                        .bind("currency", posting.amount().currency().getCurrencyCode())
                        .bind("amount", posting.amount().minor()).add();
            }
            return postings.execute();
        });
    }

    @Override
    public Money balance(Account account) {
        long debitMinusCredit = tx.withHandle(handle -> handle.createQuery(
                        "SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE account = :account AND currency = 'ZMW'")
                .bind("account", account.code()).mapTo(Long.class).one());
        return Money.zmw(account.kind().normalSide() == AccountKind.Side.DEBIT ? debitMinusCredit : -debitMinusCredit);
    }

    @Override
    public Map<AccountKind, Money> trialBalance() {
        Map<AccountKind, Money> totals = new EnumMap<>(AccountKind.class);
        tx.withHandle(handle -> handle.createQuery("""
                        SELECT split_part(account, ':', 1) AS kind, sum(amount) AS total
                        FROM ledger_postings WHERE currency = 'ZMW' GROUP BY 1 ORDER BY 1""")
                .map((rs, ctx) -> Map.entry(AccountKind.valueOf(rs.getString("kind")), Money.zmw(rs.getLong("total"))))
                .list()).forEach(e -> totals.put(e.getKey(), e.getValue()));
        return totals;
    }
}
