package com.pakashop.application.payments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Payments} promises, run against the in-memory fake and against PostgreSQL, so
 * a use-case test on the fake proves what it would prove on the real store.
 */
public abstract class PaymentsContract {
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    protected abstract Payments payments();

    protected abstract Transactions tx();

    /** A buyer the store will take payments of (a user row, for a database). */
    protected abstract UUID newBuyer();

    /** A PENDING order of that buyer for that amount. */
    protected abstract UUID newOrder(UUID buyer, Money total);

    @Test
    public void aPaymentReadsBackAsItWasAddedWithItsOrders() {
        UUID buyer = newBuyer();
        Payment payment = payment(buyer, NOW, Money.zmw(15_000), Money.zmw(2_500));

        tx().inTransaction(() -> payments().add(payment));

        for (Payment read : List.of(tx().inTransaction(() -> payments().byId(payment.id())).orElseThrow(),
                tx().inTransaction(() -> payments().byIdForUpdate(payment.id())).orElseThrow())) {
            assertThat(read).usingRecursiveComparison().ignoringFields("orders").isEqualTo(payment);
            assertThat(read.orders()).as("a payment's orders, in no promised order")
                    .containsExactlyInAnyOrderElementsOf(payment.orders());
        }
        assertThat(tx().inTransaction(() -> payments().byId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    public void anUpdateMovesTheVersionOnAndAStaleOneIsAConflict() {
        Payment payment = payment(newBuyer(), NOW, Money.zmw(9_900));
        tx().inTransaction(() -> payments().add(payment));
        Payment pending = payment.accepted(Optional.of("ref-1"), Optional.empty(), NOW.plusSeconds(1));

        Payment saved = tx().inTransaction(() -> payments().update(payment, pending));

        assertThat(saved.version()).isEqualTo(payment.version() + 1);
        assertThat(tx().inTransaction(() -> payments().byId(payment.id()))).contains(saved);
        assertThatThrownBy(() -> tx().inTransaction(() -> payments().update(payment,
                payment.moveTo(PaymentStatus.FAILED, Optional.of("late"), NOW.plusSeconds(2)))))
                .isInstanceOf(Conflict.class);
        assertThat(tx().inTransaction(() -> payments().byId(payment.id())).orElseThrow().status())
                .isEqualTo(PaymentStatus.PENDING);
    }

    @Test
    public void aProviderEventIsTakenOnceAnotherProvidersSameIdIsItsOwn() {
        Payment payment = payment(newBuyer(), NOW, Money.zmw(1_000));
        tx().inTransaction(() -> payments().add(payment));
        String eventId = "evt-" + UUID.randomUUID();

        assertThat(tx().inTransaction(() -> payments().firstDelivery(event("PAWAPAY", eventId, payment), "CAPTURED", NOW)))
                .isTrue();
        assertThat(tx().inTransaction(() -> payments().firstDelivery(event("PAWAPAY", eventId, payment), "CAPTURED", NOW)))
                .isFalse();
        assertThat(tx().inTransaction(() -> payments().firstDelivery(event("FLUTTERWAVE", eventId, payment), "CAPTURED",
                NOW))).isTrue();
    }

    @Test
    public void anOrdersLatestPaymentIsTheNewestAndOnlyAWaitingOneIsAwaitingTheProvider() {
        UUID buyer = newBuyer();
        UUID order = newOrder(buyer, Money.zmw(5_000));
        Payment first = payment(buyer, NOW, order, Money.zmw(5_000));
        Payment second = payment(buyer, NOW.plusSeconds(5), order, Money.zmw(5_000));
        tx().inTransaction(() -> {
            payments().add(first);
            payments().add(second);
        });
        tx().inTransaction(() -> payments().update(second, second.moveTo(PaymentStatus.FAILED, Optional.of("declined"),
                NOW.plusSeconds(6))));

        assertThat(tx().inTransaction(() -> payments().latestFor(order))).map(Payment::id).contains(second.id());
        assertThat(tx().inTransaction(() -> payments().awaitingProviderFor(List.of(order, UUID.randomUUID()))))
                .map(Payment::id).contains(first.id());
        assertThat(tx().inTransaction(() -> payments().awaitingProviderFor(List.of(UUID.randomUUID())))).isEmpty();
    }

    @Test
    public void paymentsWaitingSinceBeforeAnInstantComeOldestFirstUpToTheLimit() {
        Instant longAgo = Instant.parse("1975-01-01T00:00:00Z").plusSeconds(ThreadLocalRandom.current().nextInt(1_000_000));
        UUID buyer = newBuyer();
        Payment older = payment(buyer, longAgo, Money.zmw(100));
        Payment newer = payment(buyer, longAgo.plusSeconds(1), Money.zmw(200));
        Payment done = payment(buyer, longAgo.plusMillis(500), Money.zmw(300));
        tx().inTransaction(() -> {
            payments().add(newer);
            payments().add(older);
            payments().add(done);
            payments().update(done, done.moveTo(PaymentStatus.FAILED, Optional.of("declined"), longAgo.plusSeconds(2)));
        });

        assertThat(tx().inTransaction(() -> payments().awaitingProviderSince(longAgo.plusSeconds(2), 10)))
                .map(Payment::id).containsSubsequence(older.id(), newer.id()).doesNotContain(done.id());
        assertThat(tx().inTransaction(() -> payments().awaitingProviderSince(longAgo.plusSeconds(2), 1))).hasSize(1);
    }

    private Payment payment(UUID buyer, Instant at, Money... shares) {
        List<Payment.OrderAmount> orders = Arrays.stream(shares)
                .map(share -> new Payment.OrderAmount(newOrder(buyer, share), share)).toList();
        return Payment.initiate(UUID.randomUUID(), buyer, orders, PaymentMethod.CARD, Optional.empty(), "MOCK", at);
    }

    private Payment payment(UUID buyer, Instant at, UUID order, Money amount) {
        return Payment.initiate(UUID.randomUUID(), buyer, List.of(new Payment.OrderAmount(order, amount)),
                PaymentMethod.CARD, Optional.empty(), "MOCK", at);
    }

    private static ProviderEvent event(String provider, String eventId, Payment payment) {
        return new ProviderEvent(provider, eventId, ProviderEvent.Subject.COLLECTION, payment.id(),
                CollectionState.Outcome.COMPLETED, Optional.of(payment.amount()), Optional.empty(), Optional.empty(),
                false);
    }
}
