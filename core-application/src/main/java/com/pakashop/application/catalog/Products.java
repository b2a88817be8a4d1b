package com.pakashop.application.catalog;

import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.shared.Money;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Products. {@link #update} saves against the version and fails with Conflict if it moved. */
public interface Products {

    void add(Product product);

    Optional<Product> byId(UUID id);

    Optional<Product> byIdForUpdate(UUID id);

    /** The product if buyers may see it now (on sale, not held, its shop active): one read for the hot path. */
    Optional<Product> sellable(UUID id);

    Product update(Product product);

    /** What buyers may see (sellable, of an active shop) matching the query, newest first, before {@code before}. */
    List<Product> findSellable(ProductQuery query, Optional<UUID> before, int limit);

    /**
     * Filters of the public listing; {@code category} includes its descendants.
     */
    record ProductQuery(Optional<UUID> category, Optional<UUID> shop, Optional<Money> minPrice,
                        Optional<Money> maxPrice, Optional<String> town, boolean inStockOnly) {
    }
}
