package com.pakashop.application.shared;

import java.util.function.Supplier;

/** Transactions for in-memory fakes: the work runs at once, and a failure leaves whatever it changed. */
public final class DirectTransactions implements Transactions {
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }
}
