package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.Bookings;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LedgerOnPostgresTest {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiLedger ledger = new JdbiLedger(tx);

    @Test
    void postedEntriesGiveBalancesAndATrialBalanceThatSumsToZero() {
        UUID order = UUID.randomUUID();
        String provider = "TEST-" + UUID.randomUUID();
        tx.inTransaction(() -> ledger.post(Bookings.capture(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), provider,
                List.of(new Bookings.OrderShare(order, Money.zmw(12_345))))));

        assertThat(ledger.balance(Account.of(AccountKind.FUNDS_HELD, order))).isEqualTo(Money.zmw(12_345));
        assertThat(ledger.balance(Account.of(AccountKind.PROVIDER_CLEARING, provider))).isEqualTo(Money.zmw(12_345));
        assertThat(ledger.trialBalance().values().stream().reduce(Money.zmw(0), Money::plus)).isEqualTo(Money.zmw(0));
    }

    @Test
    void theDatabaseRefusesAnEntryThatDoesNotBalanceEvenWhenCodeIsBypassed() {
        UUID entry = UUID.randomUUID();

        assertThatThrownBy(() -> tx.inTransaction(() -> tx.withHandle(handle -> {
            handle.execute("INSERT INTO ledger_entries (id, at, kind, reference) VALUES (?, now(), 'BROKEN', 'test')", entry);
            handle.execute("INSERT INTO ledger_postings (entry_id, position, account, currency, amount)"
                    + " VALUES (?, 0, 'PROVIDER_FEES', 'ZMW', 100), (?, 1, 'PROVIDER_CLEARING:X', 'ZMW', -99)", entry, entry);
            return null;
        }))).hasStackTraceContaining("does not balance");
        long kept = tx.withHandle(handle -> handle.createQuery("SELECT count(*) FROM ledger_entries WHERE id = :id")
                .bind("id", entry).mapTo(Long.class).one());
        assertThat(kept).isZero();
    }

    @Test
    void postingsCannotBeChangedOrRemoved() {
        UUID order = UUID.randomUUID();
        tx.inTransaction(() -> ledger.post(Bookings.capture(UUID.randomUUID(), Instant.now(), UUID.randomUUID(), "X",
                List.of(new Bookings.OrderShare(order, Money.zmw(500))))));

        assertThatThrownBy(() -> tx.withHandle(handle -> handle.execute(
                "UPDATE ledger_postings SET amount = amount * 2 WHERE account = ?", "FUNDS_HELD:" + order)))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> tx.withHandle(handle -> handle.execute(
                "DELETE FROM ledger_postings WHERE account = ?", "FUNDS_HELD:" + order)))
                .hasStackTraceContaining("append-only");
    }
}
