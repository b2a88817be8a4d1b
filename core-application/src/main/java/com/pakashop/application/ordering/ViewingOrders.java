package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Shops;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Buyers see their own orders, vendors the orders of their shops, support and admins any; others see nothing. */
public final class ViewingOrders {
    public static final int MAX_PAGE = 100;

    private final Orders orders;
    private final Shops shops;

    public ViewingOrders(Orders orders, Shops shops) {
        this.orders = orders;
        this.shops = shops;
    }

    public Order order(Principal caller, UUID orderId) {
        Order order = orders.byId(orderId).orElseThrow(() -> new NotFound("No order " + orderId));
        boolean buyer = caller.is(order.buyerId());
        boolean vendor = shops.ownedBy(order.shopId(), caller).isPresent();
        if (!buyer && !vendor && !caller.can(Permission.ORDERS_READ_ANY)) {
            throw new NotFound("No order " + orderId);
        }
        return order;
    }

    /** A vendor's orders for one of their shops, or any shop's for staff who may read every order. */
    public List<Order> ofShop(Principal caller, UUID shopId, Optional<OrderStatus> status, Optional<UUID> before,
                              int limit) {
        caller.requireAny(Permission.SHOP_MANAGE_OWN, Permission.ORDERS_READ_ANY);
        boolean owner = shops.ownedBy(shopId, caller).isPresent();
        if (!owner && !caller.can(Permission.ORDERS_READ_ANY)) {
            throw new NotFound("No shop " + shopId);
        }
        requirePage(limit);
        return orders.find(Optional.of(shopId), status, before, limit);
    }

    public List<Order> all(Principal caller, Optional<OrderStatus> status, Optional<UUID> before, int limit) {
        caller.require(Permission.ORDERS_READ_ANY);
        requirePage(limit);
        return orders.find(Optional.empty(), status, before, limit);
    }

    public List<Order> mine(Principal caller, Optional<UUID> before, int limit) {
        caller.require(Permission.CART_USE);
        requirePage(limit);
        return orders.ofBuyer(caller.self(), before, limit);
    }

    private static void requirePage(int limit) {
        new Validation().require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
    }
}
