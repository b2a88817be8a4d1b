package com.pakashop.adapter.persistence;

import com.pakashop.application.payments.Payments;
import com.pakashop.application.payments.PaymentsContract;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.shared.Money;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link PaymentsContract} on PostgreSQL: the same promises the in-memory fake keeps. */
class JdbiPaymentsContractTest extends PaymentsContract {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiPayments payments = new JdbiPayments(tx);
    private final JdbiOrders orders = new JdbiOrders(tx);
    private final SellerRows rows = new SellerRows(db);

    @Override
    protected Payments payments() {
        return payments;
    }

    @Override
    protected Transactions tx() {
        return tx;
    }

    @Override
    protected UUID newBuyer() {
        return rows.buyer();
    }

    /** The order belongs to a shop the buyer owns: the payments store needs the row, not the story. */
    @Override
    protected UUID newOrder(UUID buyer, Money total) {
        SellerRows.Seller seller = rows.shopOf(buyer, total);
        Instant now = Clock.systemUTC().instant();
        Order order = Order.place(UUID.randomUUID(), "PC-" + UUID.randomUUID().toString().substring(0, 8),
                UUID.randomUUID(), buyer, seller.shop(), List.of(new OrderLine(seller.product(), "Chitenge", total, 1)),
                PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(total, 1_000, 0)),
                        PricingRules.Discounts.none(), Money.zmw(0)), now, now.plusSeconds(1800));
        tx.inTransaction(() -> orders.add(order, "contract-test"));
        return order.id();
    }
}
