package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Products;
import com.pakashop.application.catalog.Shops;
import com.pakashop.application.events.OrderPlaced;
import com.pakashop.application.events.Outbox;
import com.pakashop.application.identity.OpaqueTokens;
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
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.Validation;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.tracking.Destination;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Checkout: the buyer's cart (or an explicit list) becomes one PENDING order per shop under one
 * checkout id, in a single transaction that reserves stock and takes the coupon use and loyalty
 * points, so a failure anywhere leaves nothing taken. A retried request with the same
 * Idempotency-Key gets the same orders back.
 */
public final class PlacingOrders {
    private static final Duration KEY_LIFETIME = Duration.ofHours(24);
    private static final int MAX_LINES = 100;
    private static final long MAX_POINTS = 100_000_000;

    private final Orders orders;
    private final Stock stock;
    private final Products products;
    private final Shops shops;
    private final Carts carts;
    private final IdempotencyKeys keys;
    private final Outbox outbox;
    private final Transactions tx;
    private final Rates rates;
    private final CheckoutDiscounts discounts;
    private final Duration paymentWindow;
    private final Ids ids;
    private final Clock clock;

    public PlacingOrders(Orders orders, Stock stock, Products products, Shops shops, Carts carts, IdempotencyKeys keys,
                         Outbox outbox, Transactions tx, Rates rates, CheckoutDiscounts discounts,
                         Duration paymentWindow, Ids ids, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.products = products;
        this.shops = shops;
        this.carts = carts;
        this.keys = keys;
        this.outbox = outbox;
        this.tx = tx;
        this.rates = rates;
        this.discounts = discounts;
        this.paymentWindow = paymentWindow;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Places the orders once per {@code idempotencyKey}: a retry with the same key and the same
     * checkout gets the same orders back; the same key with a different checkout is refused.
     */
    public List<Order> checkout(Principal caller, Checkout checkout, String idempotencyKey) {
        caller.require(Permission.CART_USE);
        String requestHash = checkout.fingerprint();
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
            Map<UUID, Product> onSale = new HashMap<>();
            Map<UUID, List<OrderLine>> byShop = reserve(wanted, onSale);
            List<OrderLine> basket = byShop.values().stream().flatMap(List::stream).toList();
            CheckoutDiscounts.AppliedCoupon coupon = checkout.couponCode()
                    .map(code -> discounts.redeemCoupon(buyer, code, checkoutId, basket, onSale, now))
                    .orElseGet(() -> CheckoutDiscounts.AppliedCoupon.none(basket.size()));
            List<List<PricingRules.PricedLine>> pricedByShop = priced(byShop, onSale, coupon.shares());
            List<Long> points = discounts.splitPoints(buyer, checkout.loyaltyPoints(), pricedByShop.stream()
                    .map(PlacingOrders::goodsAfterCoupon).toList());
            List<Order> placed = new ArrayList<>();
            int shopIndex = 0;
            for (Map.Entry<UUID, List<OrderLine>> shop : byShop.entrySet()) {
                long shopPoints = points.get(shopIndex);
                PriceBreakdown breakdown = PricingRules.price(pricedByShop.get(shopIndex),
                        new PricingRules.Discounts(coupon.funder(), discounts.valueOf(shopPoints)),
                        rates.deliveryFeeTo(checkout.destination().town()));
                Order order = Order.place(ids.next(), orders.nextNumber(), checkoutId, buyer, shop.getKey(),
                        shop.getValue(), breakdown, now, now.plus(paymentWindow));
                orders.add(order, caller.describe());
                orders.setDestination(order.id(), checkout.destination());
                discounts.redeemPoints(buyer, order.id(), shopPoints, now);
                outbox.append(new OrderPlaced(order.id(), order.number(), order.shopId(), order.breakdown().total()));
                placed.add(order);
                shopIndex++;
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
     * Reserves every line and groups the lines by shop, filling {@code onSale} with the products.
     * Rows are locked in product-id order, the same order for every checkout, so two buyers taking
     * the same products in different orders queue instead of deadlocking.
     */
    private Map<UUID, List<OrderLine>> reserve(List<Wanted> wanted, Map<UUID, Product> onSale) {
        List<String> unavailable = new ArrayList<>();
        Map<UUID, List<OrderLine>> byShop = new LinkedHashMap<>();
        List<Wanted> inLockOrder = wanted.stream().sorted(Comparator.comparing(Wanted::productId)).toList();
        for (Wanted w : inLockOrder) {
            Optional<Product> product = products.byId(w.productId())
                    .filter(p -> p.sellable() && shops.byId(p.shopId()).map(Shop::visibleToBuyers).orElse(false));
            if (product.isEmpty()) {
                unavailable.add(w.productId() + " (not on sale)");
            } else if (!stock.reserve(w.productId(), w.quantity())) {
                unavailable.add(product.get().details().title() + " (" + w.productId() + ")");
            } else {
                onSale.put(w.productId(), product.get());
                byShop.computeIfAbsent(product.get().shopId(), shop -> new ArrayList<>())
                        .add(new OrderLine(w.productId(), product.get().details().title(),
                                product.get().details().price(), w.quantity()));
            }
        }
        if (!unavailable.isEmpty()) {
            throw new Conflict("Not enough stock or no longer on sale: " + String.join(", ", unavailable));
        }
        return byShop;
    }

    /** Each shop's lines with the rates that apply to them and their share of the coupon, in basket order. */
    private List<List<PricingRules.PricedLine>> priced(Map<UUID, List<OrderLine>> byShop, Map<UUID, Product> onSale,
                                                       List<Money> couponShares) {
        List<List<PricingRules.PricedLine>> priced = new ArrayList<>();
        int line = 0;
        for (Map.Entry<UUID, List<OrderLine>> shop : byShop.entrySet()) {
            List<PricingRules.PricedLine> lines = new ArrayList<>();
            for (OrderLine l : shop.getValue()) {
                UUID category = onSale.get(l.productId()).details().categoryId();
                lines.add(new PricingRules.PricedLine(l.lineTotal(), rates.commissionFor(shop.getKey(), category),
                        rates.markupFor(category), couponShares.get(line++)));
            }
            priced.add(lines);
        }
        return priced;
    }

    private static Money goodsAfterCoupon(List<PricingRules.PricedLine> lines) {
        return lines.stream().map(l -> l.amount().minus(l.couponShare())).reduce(Money.zmw(0), Money::plus);
    }

    /**
     * A checkout: from the cart, or the given items (each product once, quantities 1-1000), with
     * an optional coupon code and loyalty points to spend, and where to deliver: every order is
     * delivered, and its fee is the destination town's.
     */
    public record Checkout(boolean fromCart, List<Wanted> items, Optional<String> couponCode, long loyaltyPoints,
                           Destination destination) {
        public Checkout {
            items = List.copyOf(items);
            Validation errors = new Validation();
            if (destination == null) {
                errors.add("destination", "is required: where to deliver, as lat, lng, address and town");
            }
            if (loyaltyPoints < 0 || loyaltyPoints > MAX_POINTS) {
                errors.add("loyaltyPoints", "must be a whole number from 0 to " + MAX_POINTS);
            }
            if (!fromCart && (items.isEmpty() || items.size() > MAX_LINES)) {
                errors.add("items", "list 1 to " + MAX_LINES + " products, or check out the cart");
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).quantity() < 1 || items.get(i).quantity() > KeepingCarts.MAX_QUANTITY) {
                    errors.add("items[" + i + "].quantity", "must be a whole number from 1 to 1000");
                }
            }
            if (items.stream().map(Wanted::productId).distinct().count() != items.size()) {
                errors.add("items", "list each product once");
            }
            errors.throwIfInvalid();
        }

        /** What the request asked for, so a key reused for another request can be told apart. */
        String fingerprint() {
            return OpaqueTokens.hash(toString());
        }
    }

    public record Wanted(UUID productId, long quantity) {
    }
}
