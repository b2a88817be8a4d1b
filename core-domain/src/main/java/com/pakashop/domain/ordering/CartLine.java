package com.pakashop.domain.ordering;

import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * One product in a buyer's cart, re-checked against the catalogue every time the cart is read:
 * the price may have moved since it was added, the product may be gone or short of stock.
 */
public record CartLine(UUID productId, long quantity, Money priceWhenAdded, Optional<Product> product,
                       boolean shopActive) {

    public Availability availability() {
        if (product.isEmpty() || !product.get().sellable() || !shopActive) {
            return Availability.UNAVAILABLE;
        }
        return product.get().details().stock() >= quantity ? Availability.AVAILABLE : Availability.SHORT_OF_STOCK;
    }

    public Optional<Money> currentPrice() {
        return product.map(p -> p.details().price());
    }

    public boolean priceChanged() {
        return currentPrice().map(price -> !price.equals(priceWhenAdded)).orElse(false);
    }

    /** What the line costs now; only available lines count towards the cart's subtotal. */
    public Money lineTotal() {
        return currentPrice().orElse(priceWhenAdded).times(quantity);
    }

    public enum Availability { AVAILABLE, SHORT_OF_STOCK, UNAVAILABLE }
}
