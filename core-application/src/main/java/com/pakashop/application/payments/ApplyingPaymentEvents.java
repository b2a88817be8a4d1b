package com.pakashop.application.payments;

import com.pakashop.application.events.NewEvent;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ordering.OrderEvents;
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
import java.util.Map;
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
            Applied applied = found.filter(p -> p.provider().equals(event.provider()))
                    .map(payment -> decide(payment, event)).orElse(Applied.UNKNOWN_PAYMENT);
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
                default -> review(payment, event, reviewReason(payment, event), now);
            }
            return applied;
        });
    }

    private Applied decide(Payment payment, ProviderEvent event) {
        switch (event.outcome()) {
            case COMPLETED:
                if (payment.status() == PaymentStatus.CAPTURED || payment.status() == PaymentStatus.REVIEW) {
                    return Applied.NOTHING_NEW;
                }
                if (!payment.status().awaitingProvider() && !payment.canMoveTo(PaymentStatus.REVIEW)) {
                    return Applied.IGNORED_OUT_OF_ORDER;
                }
                if (!payment.status().awaitingProvider()) {
                    return Applied.REVIEW;
                }
                if (!event.amount().map(payment.amount()::equals).orElse(false)) {
                    return Applied.REVIEW;
                }
                return ordersStillPayable(payment) ? Applied.CAPTURED : Applied.REVIEW;
            case FAILED:
            case NOT_FOUND:
                return payment.status().awaitingProvider() ? Applied.FAILED : Applied.IGNORED_OUT_OF_ORDER;
            default:
                return payment.status() == PaymentStatus.INITIATED ? Applied.PENDING : Applied.NOTHING_NEW;
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
            outbox.append(OrderEvents.moved(order, paid));
            shares.add(new Bookings.OrderShare(share.orderId(), share.amount()));
        }
        ledger.post(Bookings.capture(ids.next(), now, payment.id(), payment.provider(), shares));
        outbox.append(new NewEvent("PaymentCaptured", payment.id().toString(), Map.of(
                "paymentId", payment.id().toString(), "provider", payment.provider(),
                "amount", payment.amount().toDecimalString(), "buyerId", payment.buyerId().toString())));
        log.info("Payment {} captured by {}: {} for {} order(s)", payment.id(), payment.provider(), payment.amount(),
                payment.orders().size());
    }

    private void fail(Payment payment, ProviderEvent event, Instant now) {
        String why = event.failure().orElse("the provider reported a failure");
        payments.update(payment, payment.moveTo(PaymentStatus.FAILED, Optional.of(why), now));
        outbox.append(new NewEvent("PaymentFailed", payment.id().toString(), Map.of(
                "paymentId", payment.id().toString(), "buyerId", payment.buyerId().toString(), "reason", why)));
    }

    private void review(Payment payment, ProviderEvent event, String why, Instant now) {
        payments.update(payment, payment.moveTo(PaymentStatus.REVIEW, Optional.of(why), now));
        Money received = event.amount().orElse(payment.amount());
        ledger.post(Bookings.suspense(ids.next(), now, payment.id(), payment.provider(), received));
        outbox.append(new NewEvent("PaymentNeedsReview", payment.id().toString(), Map.of(
                "paymentId", payment.id().toString(), "provider", payment.provider(), "reason", why,
                "expected", payment.amount().toString(), "received", received.toString())));
        log.warn("Payment {} needs review: {}", payment.id(), why);
    }

    private String reviewReason(Payment payment, ProviderEvent event) {
        if (!payment.status().awaitingProvider()) {
            return "money arrived after the payment was " + payment.status();
        }
        if (!event.amount().map(payment.amount()::equals).orElse(false)) {
            return "expected " + payment.amount() + ", the provider reports " + event.amount().map(Money::toString)
                    .orElse("no amount");
        }
        return "its orders are no longer waiting for payment";
    }

    /** What an event did. */
    public enum Applied {
        CAPTURED, FAILED, PENDING, REVIEW, DUPLICATE, IGNORED_OUT_OF_ORDER, NOTHING_NEW, UNKNOWN_PAYMENT, REFUND_UPDATED,
        UNKNOWN_SUBJECT, PAYOUT_REPORTED
    }
}
