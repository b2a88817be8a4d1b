package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Money;
import java.util.UUID;

/** A product as bought: its title and price are copied, so later catalogue edits do not rewrite history. */
public record OrderLine(UUID productId, String title, Money unitPrice, long quantity) {
    public Money lineTotal() {
        return unitPrice.times(quantity);
    }
}
