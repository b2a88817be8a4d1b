package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Products;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.promotion.CouponCheck;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Tells a buyer what a coupon would take off their cart (or the items they name) at today's
 * prices, or why it would not apply, without taking a use of it.
 */
public final class QuotingCoupons {
    private static final int MAX_ITEMS = 100;

    private final CheckoutDiscounts discounts;
    private final Products products;
    private final Carts carts;
    private final Clock clock;

    public QuotingCoupons(CheckoutDiscounts discounts, Products products, Carts carts, Clock clock) {
        this.discounts = discounts;
        this.products = products;
        this.carts = carts;
        this.clock = clock;
    }

    /** {@code items} empty means the buyer's cart. */
    public CouponCheck quote(Principal caller, String code, List<PlacingOrders.Wanted> items) {
        caller.require(Permission.CART_USE);
        UUID buyer = caller.self();
        new Validation()
                .require(items.size() <= MAX_ITEMS, "items", "list at most " + MAX_ITEMS + " products")
                .require(items.stream().allMatch(i -> i.quantity() >= 1 && i.quantity() <= KeepingCarts.MAX_QUANTITY),
                        "items", "quantities must be whole numbers from 1 to " + KeepingCarts.MAX_QUANTITY)
                .throwIfInvalid();
        List<PlacingOrders.Wanted> wanted = items.isEmpty()
                ? carts.items(buyer).stream().map(i -> new PlacingOrders.Wanted(i.productId(), i.quantity())).toList()
                : items;
        Map<UUID, Product> onSale = new HashMap<>();
        List<OrderLine> basket = new ArrayList<>();
        for (PlacingOrders.Wanted w : wanted) {
            Optional<Product> product = products.sellable(w.productId());
            product.ifPresent(p -> {
                onSale.put(p.id(), p);
                basket.add(new OrderLine(p.id(), p.details().title(), p.details().price(), w.quantity()));
            });
        }
        if (basket.isEmpty()) {
            throw ValidationFailed.of("items", "name products on sale, or put some in the cart, to check a coupon against");
        }
        return discounts.check(buyer, code, basket, onSale, clock.instant());
    }
}
