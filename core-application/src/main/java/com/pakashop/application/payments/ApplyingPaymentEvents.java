package com.pakashop.application.payments;

import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.PaymentCaptured;
import com.pakashop.application.events.PaymentFailed;
import com.pakashop.application.events.PaymentNeedsReview;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ledger.Bookings;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what a provider reports about a collection, from a callback or from asking it. One
 * transaction per event: the event id is recorded first, so a duplicate changes nothing; a
 * capture moves the payment, marks its orders PAID with funds HELD, posts the ledger entry and
 * raises the events together. Reports that come out of order are recorded and ignored; money that
 * arrives but does not fit (wrong amount or currency, orders no longer payable) goes to REVIEW and
 * to suspense in the ledger, and finance hears of it through the outbox.
 */
public final class ApplyingPaymentEvents {
    private static final Logger log = LoggerFactory.getLogger(ApplyingPaymentEvents.class);

    private final Payments payments;
    private final Orders orders;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public ApplyingPaymentEvents(Payments payments, Orders orders, Ledger ledger, Outbox outbox, Transactions tx,
                                 Ids ids, Clock clock) {
        this.payments = payments;
        this.orders = orders;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public Applied apply(ProviderEvent event) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Optional<Payment> found = payments.byIdForUpdate(event.subjectId());
            Decision decision = found.filter(p -> p.provider().equals(event.provider()))
                    .map(payment -> decide(payment, event)).orElse(Decision.of(Applied.UNKNOWN_PAYMENT));
            Applied applied = decision.applied();
            if (!payments.firstDelivery(event, applied.name(), now)) {
                return Applied.DUPLICATE;
            }
            if (applied == Applied.UNKNOWN_PAYMENT || applied == Applied.IGNORED_OUT_OF_ORDER
                    || applied == Applied.NOTHING_NEW) {
                if (applied != Applied.NOTHING_NEW) {
                    log.warn("{} event {} for payment {}: {}", event.provider(), event.eventId(), event.subjectId(),
                            applied);
                }
                return applied;
            }
            Payment payment = found.get();
            switch (applied) {
                case CAPTURED -> capture(payment, event, now);
                case FAILED -> fail(payment, event, now);
                case PENDING -> payments.update(payment, payment.moveTo(PaymentStatus.PENDING, Optional.empty(), now));
                default -> review(payment, event, decision.reviewReason(), now);
            }
            return applied;
        });
    }

    /**
     * What a provider's report means for a payment: one table, each REVIEW row with its reason, so
     * a rule and the reason a person reads cannot drift apart.
     */
    private Decision decide(Payment payment, ProviderEvent event) {
        boolean awaiting = payment.status().awaitingProvider();
        switch (event.outcome()) {
            case COMPLETED:
                if (payment.status() == PaymentStatus.CAPTURED || payment.status() == PaymentStatus.REVIEW) {
                    return Decision.of(Applied.NOTHING_NEW);
                }
                if (!awaiting && !payment.canMoveTo(PaymentStatus.REVIEW)) {
                    return Decision.of(Applied.IGNORED_OUT_OF_ORDER);
                }
                if (!awaiting) {
                    return Decision.review("money arrived after the payment was " + payment.status());
                }
                if (!event.amount().map(payment.amount()::equals).orElse(false)) {
                    return Decision.review("expected " + payment.amount() + ", the provider reports "
                            + event.amount().map(Money::toString).orElse("no amount"));
                }
                return ordersStillPayable(payment) ? Decision.of(Applied.CAPTURED)
                        : Decision.review("its orders are no longer waiting for payment");
            case FAILED:
            case NOT_FOUND:
                return Decision.of(awaiting ? Applied.FAILED : Applied.IGNORED_OUT_OF_ORDER);
            default:
                return Decision.of(payment.status() == PaymentStatus.INITIATED ? Applied.PENDING : Applied.NOTHING_NEW);
        }
    }

    private boolean ordersStillPayable(Payment payment) {
        return payment.orders().stream().allMatch(share -> orders.byId(share.orderId())
                .map(order -> order.status() == OrderStatus.PENDING).orElse(false));
    }

    private void capture(Payment payment, ProviderEvent event, Instant now) {
        payments.update(payment, payment.captured(event.providerReference(), now));
        List<Bookings.OrderShare> shares = new ArrayList<>();
        for (Payment.OrderAmount share : payment.orders()) {
            Order order = orders.byId(share.orderId()).orElseThrow();
            Order paid = orders.move(order, order.moveTo(OrderStatus.PAID, OrderActor.SYSTEM, Optional.empty()),
                    OrderActor.SYSTEM, payment.provider(), Optional.of("payment " + payment.id()), now);
            outbox.append(OrderMoved.between(order, paid));
            shares.add(new Bookings.OrderShare(share.orderId(), share.amount()));
        }
        ledger.post(Bookings.capture(ids.next(), now, payment.id(), payment.provider(), shares));
        outbox.append(new PaymentCaptured(payment.id(), payment.provider(), payment.amount(), payment.buyerId()));
        log.info("Payment {} captured by {}: {} for {} order(s)", payment.id(), payment.provider(), payment.amount(),
                payment.orders().size());
    }

    private void fail(Payment payment, ProviderEvent event, Instant now) {
        String why = event.failure().orElse("the provider reported a failure");
        payments.update(payment, payment.moveTo(PaymentStatus.FAILED, Optional.of(why), now));
        outbox.append(new PaymentFailed(payment.id(), payment.buyerId(), why));
    }

    private void review(Payment payment, ProviderEvent event, String why, Instant now) {
        payments.update(payment, payment.moveTo(PaymentStatus.REVIEW, Optional.of(why), now));
        Money received = event.amount().orElse(payment.amount());
        ledger.post(Bookings.suspense(ids.next(), now, payment.id(), payment.provider(), received));
        outbox.append(new PaymentNeedsReview(payment.id(), payment.provider(), why, payment.amount(), received));
        log.warn("Payment {} needs review: {}", payment.id(), why);
    }

    private record Decision(Applied applied, String reviewReason) {
        static Decision of(Applied applied) {
            return new Decision(applied, "");
        }

        static Decision review(String why) {
            return new Decision(Applied.REVIEW, why);
        }
    }

    /** What an event did. */
    public enum Applied {
        CAPTURED, FAILED, PENDING, REVIEW, DUPLICATE, IGNORED_OUT_OF_ORDER, NOTHING_NEW, UNKNOWN_PAYMENT, REFUND_UPDATED,
        UNKNOWN_SUBJECT, PAYOUT_REPORTED
    }
}
