package com.pakashop.application.payments;

import com.pakashop.application.shared.DirectTransactions;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

class InMemoryRefundsTest extends RefundsContract {
    private final InMemoryRefunds refunds = new InMemoryRefunds();
    private final Transactions tx = new DirectTransactions();

    @Override
    protected Refunds refunds() {
        return refunds;
    }

    @Override
    protected Transactions tx() {
        return tx;
    }

    @Override
    protected Payment newPayment(Money amount) {
        return Payment.initiate(UUID.randomUUID(), UUID.randomUUID(), List.of(new Payment.OrderAmount(UUID.randomUUID(),
                amount)), PaymentMethod.CARD, Optional.empty(), "MOCK", Instant.now());
    }
}
