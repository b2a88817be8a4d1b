package com.pakashop.application.ordering;

import com.pakashop.application.shared.DirectTransactions;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.shared.Money;
import java.util.UUID;

class InMemoryOrdersTest extends OrdersContract {
    private final InMemoryOrders orders = new InMemoryOrders();
    private final Transactions tx = new DirectTransactions();

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
        return new Seller(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
    }
}
