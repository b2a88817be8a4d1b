package com.pakashop.application.ordering;

import com.pakashop.domain.ordering.OrderLine;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Stock held for unpaid orders. Each call is one atomic step, so concurrent buyers never oversell. */
public interface Stock {

    /** Takes {@code quantity} if that many are left and the product is on sale; false otherwise. */
    boolean reserve(UUID productId, long quantity);

    void release(UUID productId, long quantity);

    /** Every caller touches stock rows in product-id order, so concurrent transactions queue rather than deadlock. */
    static List<OrderLine> inLockOrder(List<OrderLine> lines) {
        return lines.stream().sorted(Comparator.comparing(OrderLine::productId)).toList();
    }
}
