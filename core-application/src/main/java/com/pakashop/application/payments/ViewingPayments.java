package com.pakashop.application.payments;

import com.pakashop.application.ordering.Orders;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.shared.NotFound;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What the buyer's payment overlay polls: their orders' statuses and the latest payment for them. */
public final class ViewingPayments {
    private final Orders orders;
    private final Payments payments;

    public ViewingPayments(Orders orders, Payments payments) {
        this.orders = orders;
        this.payments = payments;
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

    public record PaymentView(List<Order> orders, Optional<Payment> payment) {
        public PaymentView {
            orders = List.copyOf(orders);
        }
    }
}
