package com.pakashop.adapter.persistence;

import com.pakashop.application.ordering.Orders;
import com.pakashop.application.ordering.OrdersContract;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.shared.Money;

/** {@link OrdersContract} on PostgreSQL: the same promises the in-memory fake keeps. */
class JdbiOrdersContractTest extends OrdersContract {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiOrders orders = new JdbiOrders(tx);
    private final SellerRows rows = new SellerRows(db);

    @Override
    protected Orders orders() {
        return orders;
    }

    @Override
    protected Transactions tx() {
        return tx;
    }

    @Override
    protected Seller newSeller(Money price) {
        SellerRows.Seller seller = rows.shopOf(rows.buyer(), price);
        return new Seller(seller.owner(), seller.shop(), seller.product());
    }
}
