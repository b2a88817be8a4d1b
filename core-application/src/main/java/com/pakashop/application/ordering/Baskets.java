package com.pakashop.application.ordering;

import com.pakashop.application.catalog.Categories;
import com.pakashop.domain.catalog.Category;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.promotion.BasketLine;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Order lines as a coupon sees them: with their shop and every category above their own. */
public final class Baskets {
    private static final int DEEPEST_TREE = 32;

    private final Categories categories;

    public Baskets(Categories categories) {
        this.categories = categories;
    }

    /** {@code products} holds the product of every line. */
    public List<BasketLine> of(List<OrderLine> lines, Map<UUID, Product> products) {
        Map<UUID, Set<UUID>> paths = new HashMap<>();
        return lines.stream().map(line -> {
            Product product = products.get(line.productId());
            UUID category = product.details().categoryId();
            return new BasketLine(product.shopId(), paths.computeIfAbsent(category, this::pathOf), line.lineTotal());
        }).toList();
    }

    private Set<UUID> pathOf(UUID categoryId) {
        Set<UUID> path = new LinkedHashSet<>();
        Optional<UUID> next = Optional.of(categoryId);
        while (next.isPresent() && path.size() < DEEPEST_TREE && path.add(next.get())) {
            next = categories.byId(next.get()).flatMap(Category::parentId);
        }
        return path;
    }
}
