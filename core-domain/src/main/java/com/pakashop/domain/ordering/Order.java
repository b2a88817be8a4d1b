package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One shop's part of a checkout. It moves only through {@link OrderLifecycle}; an illegal move is
 * a Conflict and changes nothing.
 */
public record Order(UUID id, String number, UUID checkoutId, UUID buyerId, UUID shopId, List<OrderLine> lines,
                    PriceBreakdown breakdown, OrderStatus status, SettlementStatus settlement, Instant createdAt,
                    Instant payBy, int version) {

    public Order {
        lines = List.copyOf(lines);
    }

    public static Order place(UUID id, String number, UUID checkoutId, UUID buyerId, UUID shopId, List<OrderLine> lines,
                              PriceBreakdown breakdown, Instant now, Instant payBy) {
        Money subtotal = lines.stream().map(OrderLine::lineTotal).reduce(Money.zero(Money.ZMW), Money::plus);
        if (!subtotal.equals(breakdown.itemsSubtotal())) {
            throw new IllegalArgumentException("the breakdown must price exactly these lines");
        }
        return new Order(id, number, checkoutId, buyerId, shopId, lines, breakdown, OrderStatus.PENDING,
                SettlementStatus.NOT_READY, now, payBy, 0);
    }

    /** Everything the buyer paid for this order has been given back. */
    public Order refunded() {
        if (settlement != SettlementStatus.HELD) {
            throw new Conflict("Order " + number + " has no held money to refund: its money is " + settlement);
        }
        return new Order(id, number, checkoutId, buyerId, shopId, lines, breakdown, status, SettlementStatus.REFUNDED,
                createdAt, payBy, version);
    }

    public Order moveTo(OrderStatus next, OrderActor actor, Optional<String> reason) {
        Verdict verdict = OrderLifecycle.check(status, next, actor, reason);
        if (verdict instanceof Verdict.Reject reject) {
            throw new Conflict(reject.reason());
        }
        return new Order(id, number, checkoutId, buyerId, shopId, lines, breakdown, next,
                OrderLifecycle.settlementAfter(settlement, next), createdAt, payBy, version);
    }
}
