package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Products;
import com.pakashop.application.catalog.Shops;
import com.pakashop.application.events.NewEvent;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.FieldError;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Checkout: the buyer's cart (or an explicit list) becomes one PENDING order per shop under one
 * checkout id, in a single transaction that reserves stock, so a failure anywhere leaves nothing
 * reserved. A retried request with the same Idempotency-Key gets the same orders back.
 */
public final class PlacingOrders {
    private static final Duration KEY_LIFETIME = Duration.ofHours(24);
    private static final int MAX_LINES = 100;

    private final Orders orders;
    private final Stock stock;
    private final Products products;
    private final Shops shops;
    private final Carts carts;
    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final Transactions tx;
    private final Pricing pricing;
    private final Duration paymentWindow;
    private final Ids ids;
    private final Clock clock;

    public PlacingOrders(Orders orders, Stock stock, Products products, Shops shops, Carts carts, IdempotencyKeys keys,
                         Outbox outbox, Transactions tx, Pricing pricing, Duration paymentWindow, Ids ids, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.products = products;
        this.shops = shops;
        this.carts = carts;
        this.keys = keys;
        this.outbox = outbox;
        this.tx = tx;
        this.pricing = pricing;
        this.paymentWindow = paymentWindow;
        this.ids = ids;
        this.clock = clock;
    }

    public List<Order> checkout(Principal caller, Checkout checkout, String idempotencyKey, String requestHash) {
        caller.require(Permission.CART_USE);
        UUID buyer = caller.self();
        if (idempotencyKey == null || !idempotencyKey.matches("[A-Za-z0-9._:-]{8,100}")) {
            throw ValidationFailed.of("Idempotency-Key", "header is required: 8-100 letters, digits or . _ : -");
        }
        UUID checkoutId = ids.next();
        Instant now = clock.instant();
        return tx.inTransaction(() -> {
            Optional<IdempotencyKeys.Claimed> earlier = keys.claim(buyer + ":checkout", idempotencyKey, requestHash,
                    checkoutId, now.plus(KEY_LIFETIME));
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(requestHash)) {
                    throw ValidationFailed.of("Idempotency-Key", "was already used for a different request");
                }
                return orders.byCheckout(earlier.get().result());
            }
            List<Wanted> wanted = checkout.fromCart() ? fromCart(buyer) : checkout.items();
            List<OrderLine> lines = reserve(wanted);
            List<Order> placed = new ArrayList<>();
            for (Map.Entry<UUID, List<OrderLine>> shop : byShop(lines).entrySet()) {
                Order order = Order.place(ids.next(), orders.nextNumber(), checkoutId, buyer, shop.getKey(),
                        shop.getValue(), priced(shop.getKey(), shop.getValue(), checkout.deliveryTown()), now,
                        now.plus(paymentWindow));
                orders.add(order, caller.describe());
                outbox.append(new NewEvent("OrderPlaced", order.id().toString(), Map.of(
                        "orderId", order.id().toString(), "number", order.number(), "shopId", order.shopId().toString(),
                        "total", order.breakdown().total().toDecimalString())));
                placed.add(order);
            }
            if (checkout.fromCart()) {
                wanted.forEach(w -> carts.remove(buyer, w.productId()));
            }
            return placed;
        });
    }

    private List<Wanted> fromCart(UUID buyer) {
        List<Carts.StoredItem> items = carts.items(buyer);
        if (items.isEmpty()) {
            throw ValidationFailed.of("items", "the cart is empty");
        }
        List<String> changed = new ArrayList<>();
        for (Carts.StoredItem item : items) {
            products.byId(item.productId()).map(p -> p.details().price())
                    .filter(price -> !price.equals(item.priceWhenAdded()))
                    .ifPresent(price -> changed.add(item.productId() + " was " + item.priceWhenAdded().toDecimalString()
                            + ", now " + price.toDecimalString()));
        }
        if (!changed.isEmpty()) {
            throw new Conflict("Prices changed since they were put in the cart: " + String.join("; ", changed)
                    + ". Review the cart and check out again");
        }
        return items.stream().map(i -> new Wanted(i.productId(), i.quantity())).toList();
    }

    /**
     * Rows are locked in product-id order, the same order for every checkout, so two buyers taking
     * the same products in different orders queue instead of deadlocking.
     */
    private List<OrderLine> reserve(List<Wanted> wanted) {
        List<String> unavailable = new ArrayList<>();
        List<OrderLine> lines = new ArrayList<>();
        List<Wanted> inLockOrder = wanted.stream().sorted(java.util.Comparator.comparing(Wanted::productId)).toList();
        for (Wanted w : inLockOrder) {
            Optional<Product> product = products.byId(w.productId())
                    .filter(p -> p.sellable() && shops.byId(p.shopId()).map(Shop::visibleToBuyers).orElse(false));
            if (product.isEmpty()) {
                unavailable.add(w.productId() + " (not on sale)");
            } else if (!stock.reserve(w.productId(), w.quantity())) {
                unavailable.add(product.get().details().title() + " (" + w.productId() + ")");
            } else {
                lines.add(new OrderLine(w.productId(), product.get().details().title(), product.get().details().price(),
                        w.quantity()));
            }
        }
        if (!unavailable.isEmpty()) {
            throw new Conflict("Not enough stock or no longer on sale: " + String.join(", ", unavailable));
        }
        return lines;
    }

    /** Commission per line at the rate that applies to it; delivery to the buyer's town, else the shop's. */
    private PriceBreakdown priced(UUID shopId, List<OrderLine> lines, Optional<String> deliveryTown) {
        List<PricingRules.PricedLine> priced = lines.stream()
                .map(l -> new PricingRules.PricedLine(l.lineTotal(), pricing.commissionFor(shopId,
                        products.byId(l.productId()).orElseThrow().details().categoryId())))
                .toList();
        String town = deliveryTown.orElseGet(() -> shops.byId(shopId).orElseThrow().profile().town());
        return PricingRules.price(priced, pricing.deliveryFeeTo(town));
    }

    private Map<UUID, List<OrderLine>> byShop(List<OrderLine> lines) {
        Map<UUID, UUID> shopOf = new LinkedHashMap<>();
        lines.forEach(l -> shopOf.put(l.productId(), products.byId(l.productId()).orElseThrow().shopId()));
        return lines.stream().collect(Collectors.groupingBy(l -> shopOf.get(l.productId()), LinkedHashMap::new,
                Collectors.toList()));
    }

    /** A checkout: from the cart, or the given items (each product once, quantities 1-1000). */
    public record Checkout(boolean fromCart, List<Wanted> items, Optional<String> deliveryTown) {
        public Checkout {
            items = List.copyOf(items);
            List<FieldError> errors = new ArrayList<>();
            if (!fromCart && (items.isEmpty() || items.size() > MAX_LINES)) {
                errors.add(new FieldError("items", "list 1 to " + MAX_LINES + " products, or check out the cart"));
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).quantity() < 1 || items.get(i).quantity() > KeepingCarts.MAX_QUANTITY) {
                    errors.add(new FieldError("items[" + i + "].quantity", "must be a whole number from 1 to 1000"));
                }
            }
            if (deliveryTown.map(t -> t.isBlank() || t.length() > 60).orElse(false)) {
                errors.add(new FieldError("deliveryTown", "must be a town name of at most 60 characters"));
            }
            if (items.stream().map(Wanted::productId).distinct().count() != items.size()) {
                errors.add(new FieldError("items", "list each product once"));
            }
            if (!errors.isEmpty()) {
                throw new ValidationFailed(errors);
            }
        }
    }

    public record Wanted(UUID productId, long quantity) {
    }
}
