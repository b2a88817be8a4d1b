package com.pakashop.application.ordering;

import java.util.UUID;

/** Stock held for unpaid orders. Each call is one atomic step, so concurrent buyers never oversell. */
public interface Stock {

    /** Takes {@code quantity} if that many are left and the product is on sale; false otherwise. */
    boolean reserve(UUID productId, long quantity);

    void release(UUID productId, long quantity);
}
