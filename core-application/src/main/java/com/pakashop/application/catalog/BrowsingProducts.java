package com.pakashop.application.catalog;

import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The public catalogue: what buyers may buy, filtered, newest first, a page at a time. */
public final class BrowsingProducts {
    public static final int MAX_PAGE = 100;

    private final Products products;

    public BrowsingProducts(Products products) {
        this.products = products;
    }

    public List<Product> browse(Products.ProductQuery query, Optional<UUID> before, int limit) {
        new Validation()
                .require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .require(query.minPrice().isEmpty() || query.maxPrice().isEmpty()
                        || query.minPrice().get().compareTo(query.maxPrice().get()) <= 0, "minPrice", "must not exceed maxPrice")
                .throwIfInvalid();
        return products.findSellable(query, before, limit);
    }
}
