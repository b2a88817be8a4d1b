package com.pakashop.application.ordering;

import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One cart per buyer: product, quantity and the price it had when it was put in. */
public interface Carts {

    void put(UUID buyerId, UUID productId, long quantity, Money price, Instant at);

    void remove(UUID buyerId, UUID productId);

    List<StoredItem> items(UUID buyerId);

    record StoredItem(UUID productId, long quantity, Money priceWhenAdded) {
    }
}
