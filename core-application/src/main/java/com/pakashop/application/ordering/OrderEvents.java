package com.pakashop.application.ordering;

import com.pakashop.application.events.NewEvent;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import java.util.Map;

/**
 * The event an order's move raises. Its payload carries what other capabilities react with
 * (loyalty earns on {@code goodsPaid}), so they need not read the order back.
 */
public final class OrderEvents {
    private OrderEvents() {
    }

    public static NewEvent moved(Order before, Order after) {
        return new NewEvent(typeOf(after.status()), after.id().toString(), Map.of(
                "orderId", after.id().toString(),
                "buyerId", after.buyerId().toString(),
                "shopId", after.shopId().toString(),
                "from", before.status().name(),
                "to", after.status().name(),
                "settlement", after.settlement().name(),
                "goodsPaid", after.breakdown().goodsPaid().toDecimalString(),
                "total", after.breakdown().total().toDecimalString()));
    }

    private static String typeOf(OrderStatus status) {
        return switch (status) {
            case PENDING -> "OrderPlaced";
            case PAID -> "OrderPaid";
            case CONFIRMED -> "OrderConfirmed";
            case OUT_FOR_DELIVERY -> "OrderOutForDelivery";
            case DELIVERED -> "OrderDelivered";
            case EXPIRED -> "OrderExpired";
            case CANCELLED -> "OrderCancelled";
        };
    }
}
