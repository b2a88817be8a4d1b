package com.pakashop.application.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** What every {@link Refunds} promises, run against the in-memory fake and against PostgreSQL. */
public abstract class RefundsContract {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract Refunds refunds();

    protected abstract Transactions tx();

    /** A stored, captured payment of one order for {@code amount}. */
    protected abstract Payment newPayment(Money amount);

    @Test
    public void aRefundReadsBackByIdAndByTheKeyItWasRequestedWith() {
        Payment payment = newPayment(Money.zmw(15_000));
        Refund refund = refund(payment, Money.zmw(5_000), NOW);

        tx().inTransaction(() -> refunds().add(refund, "key-1"));

        assertThat(tx().inTransaction(() -> refunds().byId(refund.id()))).contains(refund);
        assertThat(tx().inTransaction(() -> refunds().byIdForUpdate(refund.id()))).contains(refund);
        assertThat(tx().inTransaction(() -> refunds().byRequestKey(payment.id(), "key-1"))).contains(refund);
        assertThat(tx().inTransaction(() -> refunds().byRequestKey(payment.id(), "key-2"))).isEmpty();
        assertThat(tx().inTransaction(() -> refunds().byRequestKey(UUID.randomUUID(), "key-1"))).isEmpty();
    }

    @Test
    public void anUpdateMovesTheVersionOnAndAStaleOneIsAConflict() {
        Payment payment = newPayment(Money.zmw(15_000));
        Refund refund = refund(payment, Money.zmw(5_000), NOW);
        tx().inTransaction(() -> refunds().add(refund, "key-1"));
        Refund pending = refund.moveTo(RefundStatus.PENDING, Optional.of("ref-1"), Optional.empty(), NOW.plusSeconds(1));

        Refund saved = tx().inTransaction(() -> refunds().update(refund, pending));

        assertThat(saved.version()).isEqualTo(refund.version() + 1);
        assertThat(tx().inTransaction(() -> refunds().byId(refund.id()))).contains(saved);
        assertThatThrownBy(() -> tx().inTransaction(() -> refunds().update(refund, refund.moveTo(RefundStatus.FAILED,
                Optional.empty(), Optional.of("late"), NOW.plusSeconds(2))))).isInstanceOf(Conflict.class);
    }

    @Test
    public void aPaymentsAndAnOrdersRefundsComeOldestFirst() {
        Payment payment = newPayment(Money.zmw(15_000));
        Refund first = refund(payment, Money.zmw(1_000), NOW);
        Refund second = refund(payment, Money.zmw(2_000), NOW.plusSeconds(10));
        tx().inTransaction(() -> refunds().add(second, "key-2"));
        tx().inTransaction(() -> refunds().update(second, second.moveTo(RefundStatus.COMPLETED, Optional.of("r"),
                Optional.empty(), NOW.plusSeconds(11))));
        tx().inTransaction(() -> refunds().add(first, "key-1"));

        assertThat(tx().inTransaction(() -> refunds().ofPayment(payment.id()))).extracting(Refund::id)
                .containsExactly(first.id(), second.id());
        assertThat(tx().inTransaction(() -> refunds().ofOrder(payment.orders().get(0).orderId()))).extracting(Refund::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    public void refundsWaitingSinceBeforeAnInstantComeLeastRecentlyChangedFirst() {
        Instant longAgo = Instant.parse("1975-01-01T00:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(1_000_000));
        Refund older = refund(newPayment(Money.zmw(1_000)), Money.zmw(100), longAgo);
        Refund newer = refund(newPayment(Money.zmw(1_000)), Money.zmw(100), longAgo.plusSeconds(1));
        Refund done = refund(newPayment(Money.zmw(1_000)), Money.zmw(100), longAgo.plusMillis(500));
        tx().inTransaction(() -> {
            refunds().add(newer, "key");
            refunds().add(older, "key");
            refunds().add(done, "key");
            refunds().update(done, done.moveTo(RefundStatus.COMPLETED, Optional.of("r"), Optional.empty(),
                    longAgo.plusMillis(600)));
        });

        assertThat(tx().inTransaction(() -> refunds().awaitingProviderSince(longAgo.plusSeconds(2), 10)))
                .extracting(Refund::id).containsSubsequence(older.id(), newer.id()).doesNotContain(done.id());
    }

    private static Refund refund(Payment payment, Money amount, Instant at) {
        return Refund.request(UUID.randomUUID(), payment, payment.orders().get(0).orderId(), amount,
                Refund.Cause.STAFF_REQUEST, "arrived broken", "staff:contract", at);
    }
}
