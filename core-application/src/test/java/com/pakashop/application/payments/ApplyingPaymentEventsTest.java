package com.pakashop.application.payments;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.PaymentCaptured;
import com.pakashop.application.events.PaymentFailed;
import com.pakashop.application.events.PaymentNeedsReview;
import com.pakashop.application.events.RecordingOutbox;
import com.pakashop.application.ledger.InMemoryLedger;
import com.pakashop.application.ordering.InMemoryOrders;
import com.pakashop.application.shared.DirectTransactions;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules for a provider's report, on the in-memory ports (held to the same contract as PostgreSQL). */
class ApplyingPaymentEventsTest {
    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryPayments payments = new InMemoryPayments();
    private final InMemoryOrders orders = new InMemoryOrders();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final RecordingOutbox outbox = new RecordingOutbox();
    private final ApplyingPaymentEvents applying = new ApplyingPaymentEvents(payments, orders, ledger, outbox,
            new DirectTransactions(), new Ids(clock), clock);
    private final Order order = placed(Money.zmw(15_000), 2);
    private final Payment payment = paying(order);

    @Test
    void theRightAmountCapturesThePaymentPaysTheOrderAndHoldsTheMoneyInABalancedEntry() {
        ApplyingPaymentEvents.Applied applied = applying.apply(completed("evt-1", order.breakdown().total()));

        assertThat(applied).isEqualTo(ApplyingPaymentEvents.Applied.CAPTURED);
        assertThat(payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(orders.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PAID);
        assertThat(ledger.balance(Account.of(AccountKind.FUNDS_HELD, order.id()))).isEqualTo(order.breakdown().total());
        assertThat(ledger.trialBalance().values().stream().map(Money::minor).mapToLong(Long::longValue).sum()).isZero();
        assertThat(outbox.raised(OrderMoved.class)).extracting(OrderMoved::to).containsExactly(OrderStatus.PAID);
        assertThat(outbox.raised(PaymentCaptured.class)).singleElement()
                .satisfies(captured -> assertThat(captured.amount()).isEqualTo(order.breakdown().total()));
    }

    @Test
    void theSameReportTwiceIsADuplicateAndBooksNothingMore() {
        applying.apply(completed("evt-1", order.breakdown().total()));

        assertThat(applying.apply(completed("evt-1", order.breakdown().total())))
                .isEqualTo(ApplyingPaymentEvents.Applied.DUPLICATE);
        assertThat(ledger.entries()).hasSize(1);
        assertThat(outbox.raised(PaymentCaptured.class)).hasSize(1);
    }

    @Test
    void aShortAmountGoesToReviewWithItsReasonAndTheMoneyToSuspense() {
        Money short1 = order.breakdown().total().minus(Money.zmw(100));

        assertThat(applying.apply(completed("evt-1", short1))).isEqualTo(ApplyingPaymentEvents.Applied.REVIEW);

        assertThat(orders.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
        assertThat(ledger.balance(Account.of(AccountKind.SUSPENSE))).isEqualTo(short1);
        assertThat(outbox.raised(PaymentNeedsReview.class)).singleElement().satisfies(review -> {
            assertThat(review.reason()).isEqualTo("expected 325.00 ZMW, the provider reports 324.00 ZMW");
            assertThat(review.received()).isEqualTo(short1);
        });
    }

    @Test
    void moneyReportedAfterAFailureIsReviewedNeverCaptured() {
        assertThat(applying.apply(report("evt-1", CollectionState.Outcome.FAILED, Optional.empty())))
                .isEqualTo(ApplyingPaymentEvents.Applied.FAILED);
        assertThat(outbox.raised(PaymentFailed.class)).hasSize(1);

        assertThat(applying.apply(completed("evt-2", order.breakdown().total())))
                .isEqualTo(ApplyingPaymentEvents.Applied.REVIEW);
        assertThat(outbox.raised(PaymentNeedsReview.class)).singleElement()
                .extracting(PaymentNeedsReview::reason).isEqualTo("money arrived after the payment was FAILED");
        assertThat(orders.byId(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void aFailureAfterTheCaptureIsIgnoredAsOutOfOrder() {
        applying.apply(completed("evt-1", order.breakdown().total()));

        assertThat(applying.apply(report("evt-2", CollectionState.Outcome.FAILED, Optional.empty())))
                .isEqualTo(ApplyingPaymentEvents.Applied.IGNORED_OUT_OF_ORDER);
        assertThat(payments.byId(payment.id()).orElseThrow().status()).isEqualTo(PaymentStatus.CAPTURED);
    }

    @Test
    void aReportFromAnotherProviderThanThePaymentsIsNotApplied() {
        ProviderEvent elsewhere = new ProviderEvent("PAWAPAY", "evt-1", ProviderEvent.Subject.COLLECTION, payment.id(),
                CollectionState.Outcome.COMPLETED, Optional.of(order.breakdown().total()), Optional.empty(),
                Optional.empty(), false);

        assertThat(applying.apply(elsewhere)).isEqualTo(ApplyingPaymentEvents.Applied.UNKNOWN_PAYMENT);
        assertThat(ledger.entries()).isEmpty();
    }

    private Order placed(Money unitPrice, int quantity) {
        Money lines = unitPrice.times(quantity);
        Order placed = Order.place(UUID.randomUUID(), orders.nextNumber(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), List.of(new OrderLine(UUID.randomUUID(), "Chitenge", unitPrice, quantity)),
                PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(lines, 1_000, 0)),
                        PricingRules.Discounts.none(), Money.zmw(2_500)), NOW, NOW.plusSeconds(1800));
        orders.add(placed, "test");
        return placed;
    }

    private Payment paying(Order paid) {
        Payment initiated = Payment.initiate(UUID.randomUUID(), paid.buyerId(),
                List.of(new Payment.OrderAmount(paid.id(), paid.breakdown().total())), PaymentMethod.CARD,
                Optional.empty(), "MOCK", NOW);
        payments.add(initiated);
        return initiated;
    }

    private ProviderEvent completed(String eventId, Money amount) {
        return report(eventId, CollectionState.Outcome.COMPLETED, Optional.of(amount));
    }

    private ProviderEvent report(String eventId, CollectionState.Outcome outcome, Optional<Money> amount) {
        return new ProviderEvent("MOCK", eventId, ProviderEvent.Subject.COLLECTION, payment.id(), outcome, amount,
                Optional.of("ref-" + eventId), outcome == CollectionState.Outcome.FAILED
                ? Optional.of("declined by the payer") : Optional.empty(), false);
    }
}
