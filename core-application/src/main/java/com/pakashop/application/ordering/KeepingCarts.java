package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Products;
import com.pakashop.application.catalog.Shops;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.CartLine;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A buyer's cart: set a quantity, remove a line, read it back with prices and stock checked again. */
public final class KeepingCarts {
    public static final long MAX_QUANTITY = 1_000;
    public static final int MAX_LINES = 100;

    private final Carts carts;
    private final Products products;
    private final Shops shops;
    private final Clock clock;

    public KeepingCarts(Carts carts, Products products, Shops shops, Clock clock) {
        this.carts = carts;
        this.products = products;
        this.shops = shops;
        this.clock = clock;
    }

    public List<CartLine> put(Principal caller, UUID productId, long quantity) {
        caller.require(Permission.CART_USE);
        new Validation().require(quantity >= 1 && quantity <= MAX_QUANTITY, "quantity",
                "must be a whole number from 1 to " + MAX_QUANTITY).throwIfInvalid();
        Product product = products.byId(productId)
                .filter(p -> p.sellable() && shopActive(p.shopId()))
                .orElseThrow(() -> new NotFound("No product " + productId + " is on sale"));
        if (product.details().stock() < quantity) {
            throw new Conflict("Only " + product.details().stock() + " of " + product.details().title() + " left");
        }
        List<Carts.StoredItem> items = carts.items(caller.self());
        if (items.size() >= MAX_LINES && items.stream().noneMatch(i -> i.productId().equals(productId))) {
            throw new Conflict("A cart holds at most " + MAX_LINES + " different products");
        }
        carts.put(caller.self(), productId, quantity, product.details().price(), clock.instant());
        return read(caller);
    }

    public void remove(Principal caller, UUID productId) {
        caller.require(Permission.CART_USE);
        carts.remove(caller.self(), productId);
    }

    public List<CartLine> read(Principal caller) {
        caller.require(Permission.CART_USE);
        return carts.items(caller.self()).stream()
                .map(item -> {
                    var product = products.byId(item.productId());
                    return new CartLine(item.productId(), item.quantity(), item.priceWhenAdded(), product,
                            product.map(p -> shopActive(p.shopId())).orElse(false));
                })
                .toList();
    }

    /** The sum of the lines that can be bought now. */
    public static Money subtotal(List<CartLine> lines) {
        return lines.stream().filter(l -> l.availability() == CartLine.Availability.AVAILABLE)
                .map(CartLine::lineTotal).reduce(Money.zero(Money.ZMW), Money::plus);
    }

    private boolean shopActive(UUID shopId) {
        return shops.byId(shopId).map(Shop::visibleToBuyers).orElse(false);
    }
}
