package com.pakashop.application.payments;

import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.RefundCompleted;
import com.pakashop.application.events.RefundFailed;
import com.pakashop.application.events.RefundNeedsAttention;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ordering.MovingOrders;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ledger.Bookings;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies what a provider said of a refund, in one transaction. Only a completed refund touches
 * the books: the ledger gives the order's held money back through the provider, the payment
 * counts what it has refunded, and an order refunded in full has its money marked REFUNDED (an
 * order still open is cancelled and gives its stock back). A failed refund leaves the payment as
 * it was, and finance hears of it. A report that comes late or twice changes nothing.
 */
public final class SettlingRefunds {
    private static final Logger log = LoggerFactory.getLogger(SettlingRefunds.class);

    private final Refunds refunds;
    private final Payments payments;
    private final Orders orders;
    private final MovingOrders movingOrders;
    private final Ledger ledger;
    private final Outbox outbox;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public SettlingRefunds(Refunds refunds, Payments payments, Orders orders, MovingOrders movingOrders, Ledger ledger,
                           Outbox outbox,
                           Transactions tx, Ids ids, Clock clock) {
        this.refunds = refunds;
        this.payments = payments;
        this.orders = orders;
        this.movingOrders = movingOrders;
        this.ledger = ledger;
        this.outbox = outbox;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** The refund as it stands afterwards; empty for a refund we never made. */
    public Optional<Refund> apply(UUID refundId, RefundOutcome outcome) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> refunds.byIdForUpdate(refundId).map(refund -> {
            if (outcome instanceof RefundOutcome.Taken taken) {
                return refund.status() == RefundStatus.REQUESTED
                        ? refunds.update(refund, refund.moveTo(RefundStatus.PENDING, taken.providerReference(),
                        Optional.empty(), now)) : refund;
            }
            if (outcome instanceof RefundOutcome.Completed completed) {
                return refund.canMoveTo(RefundStatus.COMPLETED) ? complete(refund, completed, now) : refund;
            }
            if (outcome instanceof RefundOutcome.Failed failed) {
                return refund.canMoveTo(RefundStatus.FAILED) ? fail(refund, failed.why(), now) : refund;
            }
            RefundOutcome.Unknowable unknowable = (RefundOutcome.Unknowable) outcome;
            return refund.status() == RefundStatus.REQUESTED ? needsAPerson(refund, unknowable.why(), now) : refund;
        }));
    }

    private Refund complete(Refund refund, RefundOutcome.Completed completed, Instant now) {
        Payment payment = payments.byIdForUpdate(refund.paymentId()).orElseThrow();
        Account held = Account.of(AccountKind.FUNDS_HELD, refund.orderId());
        Money heldBefore = ledger.balance(held);
        ledger.post(Bookings.refund(ids.next(), now, refund.id(), refund.provider(), refund.orderId(), refund.amount(),
                heldBefore));
        payments.update(payment, payment.refundCompleted(refund.amount(), now));
        Refund done = refunds.update(refund, refund.moveTo(RefundStatus.COMPLETED, completed.providerReference(),
                Optional.empty(), now));
        if (heldBefore.equals(refund.amount())) {
            closeOrder(refund, now);
        }
        outbox.append(new RefundCompleted(refund.id(), refund.paymentId(), refund.orderId(), refund.amount(),
                payment.buyerId()));
        log.info("Refund {} of {} for order {} completed by {}", refund.id(), refund.amount(), refund.orderId(),
                refund.provider());
        return done;
    }

    /**
     * Everything held for the order went back: an order still open is cancelled as staff cancel
     * one (stock returned, event raised), and its money is marked REFUNDED.
     */
    private void closeOrder(Refund refund, Instant now) {
        String why = "refunded in full: " + refund.reason();
        OrderStatus status = orders.byId(refund.orderId()).orElseThrow().status();
        if (status == OrderStatus.PAID || status == OrderStatus.CONFIRMED) {
            movingOrders.cancelAsStaff(refund.orderId(), refund.requestedBy(), why);
        }
        Order order = orders.byId(refund.orderId()).orElseThrow();
        orders.move(order, order.refunded(), OrderActor.SYSTEM, refund.provider(), Optional.of(why), now);
    }

    private Refund fail(Refund refund, String why, Instant now) {
        Payment payment = payments.byIdForUpdate(refund.paymentId()).orElseThrow();
        payments.update(payment, payment.refundFailed(now));
        Refund failed = refunds.update(refund, refund.moveTo(RefundStatus.FAILED, Optional.empty(), Optional.of(why), now));
        outbox.append(new RefundFailed(refund.id(), refund.paymentId(), refund.orderId(), why));
        log.warn("Refund {} for order {} failed at {}: {}", refund.id(), refund.orderId(), refund.provider(), why);
        return failed;
    }

    private Refund needsAPerson(Refund refund, String why, Instant now) {
        Refund uncertain = refunds.update(refund, refund.moveTo(RefundStatus.UNCERTAIN, Optional.empty(),
                Optional.of(why), now));
        outbox.append(new RefundNeedsAttention(refund.id(), refund.paymentId(), why));
        log.warn("Refund {} needs a person: {}", refund.id(), why);
        return uncertain;
    }
}
