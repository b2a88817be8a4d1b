package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.events.PayoutReported;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class JdbiTransactionsTest {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiOutbox outbox = new JdbiOutbox(tx, new Ids(Clock.systemUTC()), Clock.systemUTC());

    @BeforeAll
    static void createScratchTable() {
        db.jdbi().useHandle(h -> h.execute("CREATE TABLE IF NOT EXISTS scratch_notes (id uuid PRIMARY KEY, body text)"));
    }

    @Test
    void nestedCallsJoinTheOuterTransactionAndRollBackWithIt() {
        UUID outer = UUID.randomUUID();
        UUID inner = UUID.randomUUID();

        assertThatThrownBy(() -> tx.inTransaction(() -> {
            insertNote(outer);
            tx.inTransaction(() -> insertNote(inner));
            throw new IllegalStateException("use case failed after both writes");
        })).hasMessageContaining("use case failed");

        assertThat(noteExists(outer)).isFalse();
        assertThat(noteExists(inner)).isFalse();
    }

    @Test
    void anEventIsStoredOnlyWhenTheChangeThatRaisedItCommits() {
        UUID payout = UUID.randomUUID();
        String aggregate = payout.toString();

        assertThatThrownBy(() -> tx.inTransaction(() -> {
            outbox.append(new PayoutReported(payout, "MOCK"));
            throw new IllegalStateException("payment capture failed");
        })).isInstanceOf(IllegalStateException.class);
        tx.inTransaction(() -> outbox.append(new PayoutReported(payout, "MOCK")));

        assertThat(eventsFor(aggregate)).isEqualTo(1);
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append(new PayoutReported(UUID.randomUUID(), "MOCK")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside Transactions.inTransaction");
    }

    private void insertNote(UUID id) {
        tx.withHandle(h -> h.createUpdate("INSERT INTO scratch_notes (id, body) VALUES (:id, 'x')").bind("id", id).execute());
    }

    private boolean noteExists(UUID id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM scratch_notes WHERE id = :id")
                .bind("id", id).mapTo(Integer.class).one()) == 1;
    }

    private int eventsFor(String aggregate) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM outbox_events WHERE aggregate_id = :a")
                .bind("a", aggregate).mapTo(Integer.class).one());
    }
}
