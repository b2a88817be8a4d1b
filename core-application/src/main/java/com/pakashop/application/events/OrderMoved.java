package com.pakashop.application.events;

import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.shared.Money;
import java.util.Objects;
import java.util.UUID;

/**
 * An order moved on in its life cycle. It carries what other capabilities react with (loyalty
 * earns on {@code goodsPaid}), so they need not read the order back. Its type name is the state
 * it reached (OrderPaid, OrderDelivered, …), the names the outbox has always stored; an order is
 * placed by {@link OrderPlaced}, never moved into PENDING.
 */
public record OrderMoved(UUID orderId, UUID buyerId, UUID shopId, OrderStatus from, OrderStatus to,
                         SettlementStatus settlement, Money goodsPaid, Money total) implements DomainEvent {
    public OrderMoved {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(buyerId, "buyerId");
        Objects.requireNonNull(shopId, "shopId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(settlement, "settlement");
        Objects.requireNonNull(goodsPaid, "goodsPaid");
        Objects.requireNonNull(total, "total");
        if (to == OrderStatus.PENDING) {
            throw new IllegalArgumentException("an order is placed into PENDING, not moved there");
        }
    }

    public static OrderMoved between(Order before, Order after) {
        return new OrderMoved(after.id(), after.buyerId(), after.shopId(), before.status(), after.status(),
                after.settlement(), after.breakdown().goodsPaid(), after.breakdown().total());
    }

    /** The stored type name of a move into {@code status}. */
    public static String typeOf(OrderStatus status) {
        return switch (status) {
            case PENDING -> throw new IllegalArgumentException("an order is placed into PENDING, not moved there");
            case PAID -> "OrderPaid";
            case CONFIRMED -> "OrderConfirmed";
            case OUT_FOR_DELIVERY -> "OrderOutForDelivery";
            case DELIVERED -> "OrderDelivered";
            case EXPIRED -> "OrderExpired";
            case CANCELLED -> "OrderCancelled";
        };
    }

    @Override
    public String type() {
        return typeOf(to);
    }

    @Override
    public UUID aggregateId() {
        return orderId;
    }
}
