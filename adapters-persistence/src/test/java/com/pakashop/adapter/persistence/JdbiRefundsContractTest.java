package com.pakashop.adapter.persistence;

import com.pakashop.application.payments.Refunds;
import com.pakashop.application.payments.RefundsContract;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.PricingRules;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link RefundsContract} on PostgreSQL: the same promises the in-memory fake keeps. */
class JdbiRefundsContractTest extends RefundsContract {
    private static final PostgresDatabase db = MigratedDatabase.get();
    private final JdbiTransactions tx = new JdbiTransactions(db.jdbi());
    private final JdbiRefunds refunds = new JdbiRefunds(tx);
    private final JdbiPayments payments = new JdbiPayments(tx);
    private final JdbiOrders orders = new JdbiOrders(tx);
    private final SellerRows rows = new SellerRows(db);

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
        UUID buyer = rows.buyer();
        SellerRows.Seller seller = rows.shopOf(buyer, amount);
        Instant now = Instant.now();
        Order order = Order.place(UUID.randomUUID(), "PR-" + UUID.randomUUID().toString().substring(0, 8),
                UUID.randomUUID(), buyer, seller.shop(), List.of(new OrderLine(seller.product(), "Chitenge", amount, 1)),
                PricingRules.price(List.of(PricingRules.PricedLine.undiscounted(amount, 1_000, 0)),
                        PricingRules.Discounts.none(), Money.zmw(0)), now, now.plusSeconds(1800));
        Payment payment = Payment.initiate(UUID.randomUUID(), buyer, List.of(new Payment.OrderAmount(order.id(), amount)),
                PaymentMethod.CARD, Optional.empty(), "MOCK", now);
        tx.inTransaction(() -> {
            orders.add(order, "contract-test");
            payments.add(payment);
        });
        return payment;
    }
}
