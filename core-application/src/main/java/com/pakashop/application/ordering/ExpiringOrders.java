package com.pakashop.application.ordering;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Orders not paid in time expire and give back their stock, loyalty points and (once the whole
 * checkout has ended) coupon use; run by the worker, safe on several at once.
 */
public final class ExpiringOrders {
    private static final Logger log = LoggerFactory.getLogger(ExpiringOrders.class);
    private static final int BATCH = 100;

    private final Orders orders;
    private final Stock stock;
    private final CheckoutDiscounts discounts;
    private final Transactions tx;
    private final Clock clock;

    public ExpiringOrders(Orders orders, Stock stock, CheckoutDiscounts discounts, Transactions tx, Clock clock) {
        this.orders = orders;
        this.stock = stock;
        this.discounts = discounts;
        this.tx = tx;
        this.clock = clock;
    }

    public int expireDue() {
        Instant now = clock.instant();
        int expired = tx.inTransaction(() -> {
            List<Order> due = orders.unpaidBefore(now, BATCH);
            for (Order order : due) {
                orders.move(order, order.moveTo(OrderStatus.EXPIRED, OrderActor.SYSTEM, Optional.empty()),
                        OrderActor.SYSTEM, "system", Optional.of("not paid by " + order.payBy()), now);
                for (OrderLine line : Stock.inLockOrder(order.lines())) {
                    stock.release(line.productId(), line.quantity());
                }
                discounts.releaseFor(order, now);
            }
            return due.size();
        });
        if (expired > 0) {
            log.info("Expired {} unpaid order(s) and released what they held", expired);
        }
        return expired;
    }
}
