package com.pakashop.application.payments;

import com.pakashop.application.shared.DirectTransactions;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.shared.Money;
import java.util.UUID;

class InMemoryPaymentsTest extends PaymentsContract {
    private final InMemoryPayments payments = new InMemoryPayments();
    private final Transactions tx = new DirectTransactions();

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
        return UUID.randomUUID();
    }

    @Override
    protected UUID newOrder(UUID buyer, Money total) {
        return UUID.randomUUID();
    }
}
