package com.pakashop.application.payments;

import com.pakashop.application.ordering.Orders;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.shared.NotFound;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the buyer's payment overlay polls (their orders and the latest payment), and what finance sees of a payment. */
public final class ViewingPayments {
    private final Orders orders;
    private final Payments payments;
    private final Refunds refunds;

    public ViewingPayments(Orders orders, Payments payments, Refunds refunds) {
        this.orders = orders;
        this.payments = payments;
        this.refunds = refunds;
    }

    /** Finance's view: the payment and every refund of it. */
    public StaffView forStaff(Principal caller, UUID paymentId) {
        caller.require(Permission.PAYMENTS_READ_ANY);
        Payment payment = payments.byId(paymentId).orElseThrow(() -> new NotFound("No payment " + paymentId));
        return new StaffView(payment, refunds.ofPayment(paymentId));
    }

    /** What finance sees of one refund. */
    public Refund refund(Principal caller, UUID refundId) {
        caller.require(Permission.PAYMENTS_READ_ANY);
        return refunds.byId(refundId).orElseThrow(() -> new NotFound("No refund " + refundId));
    }

    public PaymentView ofOrder(Principal caller, UUID orderId) {
        Order order = orders.byId(orderId).filter(o -> caller.is(o.buyerId()))
                .orElseThrow(() -> new NotFound("No order " + orderId));
        return new PaymentView(List.of(order), payments.latestFor(orderId));
    }

    public PaymentView ofCheckout(Principal caller, UUID checkoutId) {
        List<Order> covered = orders.byCheckout(checkoutId);
        if (covered.isEmpty() || covered.stream().anyMatch(o -> !caller.is(o.buyerId()))) {
            throw new NotFound("No checkout " + checkoutId);
        }
        return new PaymentView(covered, payments.latestFor(covered.get(0).id()));
    }

    public record StaffView(Payment payment, List<Refund> refunds) {
        public StaffView {
            refunds = List.copyOf(refunds);
        }
    }

    public record PaymentView(List<Order> orders, Optional<Payment> payment) {
        public PaymentView {
            orders = List.copyOf(orders);
        }
    }
}
