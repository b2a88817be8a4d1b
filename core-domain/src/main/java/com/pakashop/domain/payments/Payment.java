package com.pakashop.domain.payments;

import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to collect money for one or more orders (a checkout paid in one prompt). Our
 * {@code id} is also the provider's idempotency key, so a retried call cannot charge twice.
 */
public record Payment(UUID id, UUID buyerId, List<OrderAmount> orders, Money amount, PaymentMethod method,
                      Optional<PhoneNumber> payer, String provider, Optional<String> providerReference,
                      Optional<String> redirectUrl, PaymentStatus status, Optional<String> failure, Money refunded,
                      Instant createdAt, Instant updatedAt, int version) {

    public Payment {
        orders = List.copyOf(orders);
        if (orders.isEmpty()) {
            throw new IllegalArgumentException("a payment pays at least one order");
        }
        Money sum = orders.stream().map(OrderAmount::amount).reduce(Money.zero(amount.currency()), Money::plus);
        if (!sum.equals(amount)) {
            throw new IllegalArgumentException("a payment's amount is the sum of its orders'");
        }
        if (method == PaymentMethod.CARD ? payer.isPresent() : payer.isEmpty()) {
            throw new IllegalArgumentException("mobile money needs the payer's number; cards take none");
        }
    }

    public static Payment initiate(UUID id, UUID buyerId, List<OrderAmount> orders, PaymentMethod method,
                                   Optional<PhoneNumber> payer, String provider, Instant now) {
        Money amount = orders.stream().map(OrderAmount::amount).reduce(Money.zmw(0), Money::plus);
        return new Payment(id, buyerId, orders, amount, method, payer, provider, Optional.empty(), Optional.empty(),
                PaymentStatus.INITIATED, Optional.empty(), Money.zero(amount.currency()), now, now, 0);
    }

    public boolean canMoveTo(PaymentStatus next) {
        return PaymentLifecycle.allows(status, next);
    }

    public Payment moveTo(PaymentStatus next, Optional<String> why, Instant now) {
        if (!canMoveTo(next)) {
            throw new Conflict("Payment " + id + " cannot go from " + status + " to " + next);
        }
        return new Payment(id, buyerId, orders, amount, method, payer, provider, providerReference, redirectUrl, next,
                why.or(() -> failure), refunded, createdAt, now, version);
    }

    /** The provider took the request: its reference, and the page to send the buyer to for hosted payments. */
    public Payment accepted(Optional<String> reference, Optional<String> redirect, Instant now) {
        Payment pending = moveTo(PaymentStatus.PENDING, Optional.empty(), now);
        return new Payment(id, buyerId, orders, amount, method, payer, provider, reference.or(() -> providerReference),
                redirect, pending.status(), failure, refunded, createdAt, now, version);
    }

    /** The same payment, handed to the next provider because the first certainly did not take it (fail-over). */
    public Payment through(String otherProvider, Instant now) {
        if (status != PaymentStatus.INITIATED) {
            throw new Conflict("Payment " + id + " is already with " + provider);
        }
        return new Payment(id, buyerId, orders, amount, method, payer, otherProvider, providerReference, redirectUrl,
                status, failure, refunded, createdAt, now, version);
    }

    /** Captured, keeping the provider's own id for the transaction (refunds at some providers need it). */
    public Payment captured(Optional<String> reference, Instant now) {
        Payment captured = moveTo(PaymentStatus.CAPTURED, Optional.empty(), now);
        return new Payment(id, buyerId, orders, amount, method, payer, provider, reference.or(() -> providerReference),
                redirectUrl, captured.status(), failure, refunded, createdAt, now, version);
    }

    /** A refund is on its way out: no second one may start until it ends (pawaPay takes one at a time). */
    public Payment refundStarted(Instant now) {
        return moveTo(PaymentStatus.REFUND_PENDING, Optional.empty(), now);
    }

    /** The refund in flight gave back {@code amount}. */
    public Payment refundCompleted(Money amount, Instant now) {
        Money total = refunded.plus(amount);
        if (total.compareTo(this.amount) > 0) {
            throw new Conflict("Payment " + id + " would refund " + total + ", more than the " + this.amount + " it took");
        }
        PaymentStatus next = total.equals(this.amount) ? PaymentStatus.REFUNDED : PaymentStatus.PARTIALLY_REFUNDED;
        Payment moved = moveTo(next, Optional.empty(), now);
        return new Payment(id, buyerId, orders, this.amount, method, payer, provider, providerReference, redirectUrl,
                moved.status(), failure, total, createdAt, now, version);
    }

    /** The refund in flight gave nothing back: the payment stands as it did before it. */
    public Payment refundFailed(Instant now) {
        return moveTo(refunded.isZero() ? PaymentStatus.CAPTURED : PaymentStatus.PARTIALLY_REFUNDED, Optional.empty(), now);
    }

    /** What this payment brought in for one order. */
    public Money shareOf(UUID orderId) {
        return orders.stream().filter(o -> o.orderId().equals(orderId)).map(OrderAmount::amount).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("payment " + id + " does not cover order " + orderId));
    }

    /** One order's part of the payment. */
    public record OrderAmount(UUID orderId, Money amount) {
    }
}
