package com.pakashop.domain.promotion;

import com.pakashop.domain.shared.Money;
import java.util.Set;
import java.util.UUID;

/** A line as a coupon sees it: whose it is, its category with every ancestor, and its amount. */
public record BasketLine(UUID shopId, Set<UUID> categoryPath, Money amount) {
    public BasketLine {
        categoryPath = Set.copyOf(categoryPath);
    }
}
