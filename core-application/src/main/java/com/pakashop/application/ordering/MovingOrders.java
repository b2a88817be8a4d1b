package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Shops;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.shared.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * People moving orders: the vendor confirms a paid order; the buyer, the vendor or staff cancel
 * (the state machine decides who may, and when a reason is needed). A cancelled order gives its
 * stock back, and if it was never paid its points and coupon use too; refunding a paid one is the
 * payments capability's job, triggered by the event.
 */
public final class MovingOrders {
    private final Orders orders;
    private final Shops shops;
    private final Stock stock;
    private final CheckoutDiscounts discounts;
    private final Outbox outbox;
    private final Transactions tx;
    private final Clock clock;

    public MovingOrders(Orders orders, Shops shops, Stock stock, CheckoutDiscounts discounts, Outbox outbox,
                        Transactions tx, Clock clock) {
        this.orders = orders;
        this.shops = shops;
        this.stock = stock;
        this.discounts = discounts;
        this.outbox = outbox;
        this.tx = tx;
        this.clock = clock;
    }

    public Order confirm(Principal caller, UUID orderId) {
        caller.requireAny(Permission.SHOP_MANAGE_OWN, Permission.ORDERS_MANAGE_ANY);
        return move(caller, orderId, OrderStatus.CONFIRMED, Optional.empty());
    }

    public Order cancel(Principal caller, UUID orderId, Optional<String> reason) {
        return move(caller, orderId, OrderStatus.CANCELLED, reason.map(String::strip).filter(r -> !r.isEmpty()));
    }

    /**
     * Staff cancel on behalf of a review (a rejected fraud case): the order is cancelled like any
     * staff cancellation, unless it has already ended.
     */
    public void cancelAsStaff(UUID orderId, String staff, String reason) {
        tx.inTransaction(() -> {
            Order order = orders.byId(orderId).orElseThrow(() -> new NotFound("No order " + orderId));
            if (!order.status().isFinal()) {
                apply(order, OrderStatus.CANCELLED, OrderActor.ADMIN, staff, Optional.of(reason), clock.instant());
            }
            return order;
        });
    }

    private Order move(Principal caller, UUID orderId, OrderStatus next, Optional<String> reason) {
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Order order = orders.byId(orderId).orElseThrow(() -> new NotFound("No order " + orderId));
            OrderActor actor = actorOf(caller, order).orElseThrow(() -> new NotFound("No order " + orderId));
            return apply(order, next, actor, caller.describe(), reason, now);
        });
    }

    private Order apply(Order order, OrderStatus next, OrderActor actor, String actorName, Optional<String> reason,
                        Instant now) {
        Order moved = orders.move(order, order.moveTo(next, actor, reason), actor, actorName, reason, now);
        if (next == OrderStatus.CANCELLED) {
            for (OrderLine line : Stock.inLockOrder(order.lines())) {
                stock.release(line.productId(), line.quantity());
            }
            if (order.settlement() == SettlementStatus.NOT_READY) {
                discounts.releaseFor(moved, now);
            }
        }
        outbox.append(OrderMoved.between(order, moved));
        return moved;
    }

    /** Which part the caller plays for this order; empty means it is none of their business. */
    private Optional<OrderActor> actorOf(Principal caller, Order order) {
        if (caller.is(order.buyerId())) {
            return Optional.of(OrderActor.BUYER);
        }
        boolean vendor = shops.ownedBy(order.shopId(), caller).isPresent();
        if (vendor) {
            return Optional.of(OrderActor.VENDOR);
        }
        return caller.can(Permission.ORDERS_MANAGE_ANY) ? Optional.of(OrderActor.ADMIN) : Optional.empty();
    }
}
