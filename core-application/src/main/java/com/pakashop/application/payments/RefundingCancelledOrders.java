package com.pakashop.application.payments;

import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.ledger.Ledger;
import com.pakashop.application.ordering.Orders;
import com.pakashop.domain.ledger.Account;
import com.pakashop.domain.ledger.AccountKind;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.Conflict;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A paid order was cancelled: give back what is still held for it. A refund that fails, or one
 * that cannot start yet because another refund of the payment is on its way, throws, so the
 * outbox tries again with back-off and finally shows it to operators as a dead letter.
 */
public final class RefundingCancelledOrders implements EventHandler {
    private static final Logger log = LoggerFactory.getLogger(RefundingCancelledOrders.class);
    private static final Set<PaymentStatus> HOLDS_MONEY = EnumSet.of(PaymentStatus.CAPTURED,
            PaymentStatus.PARTIALLY_REFUNDED, PaymentStatus.REFUND_PENDING);

    private final Orders orders;
    private final Payments payments;
    private final Refunds refunds;
    private final Ledger ledger;
    private final RequestingRefunds requesting;

    public RefundingCancelledOrders(Orders orders, Payments payments, Refunds refunds, Ledger ledger,
                                    RequestingRefunds requesting) {
        this.orders = orders;
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.requesting = requesting;
    }

    @Override
    public String name() {
        return "refund-cancelled-orders";
    }

    @Override
    public boolean handles(String eventType) {
        return OrderMoved.typeOf(OrderStatus.CANCELLED).equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        UUID orderId = event.as(OrderMoved.class).orderId();
        Optional<Order> order = orders.byId(orderId);
        if (order.isEmpty() || order.get().settlement() != SettlementStatus.HELD
                || ledger.balance(Account.of(AccountKind.FUNDS_HELD, orderId)).isZero()) {
            return;
        }
        Optional<Payment> payment = payments.latestFor(orderId).filter(p -> HOLDS_MONEY.contains(p.status()));
        if (payment.isEmpty()) {
            log.warn("Order {} is cancelled with money held but no captured payment covers it; finance must look",
                    orderId);
            return;
        }
        List<Refund> before = refunds.ofOrder(orderId);
        if (before.stream().anyMatch(r -> r.status().inFlight() && r.cause() == Refund.Cause.STAFF_REQUEST)) {
            throw new Conflict("A staff refund of order " + orderId + " is on its way; the rest is refunded after it");
        }
        int attempt = (int) before.stream().filter(r -> r.cause() == Refund.Cause.ORDER_CANCELLED
                && r.status() == RefundStatus.FAILED).count();
        Refund refund = requesting.forCancelledOrder(payment.get().id(), orderId, attempt);
        if (refund.status() == RefundStatus.FAILED) {
            throw new IllegalStateException("Refund " + refund.id() + " of cancelled order " + orderId + " failed: "
                    + refund.failure().orElse("no reason given"));
        }
    }
}
