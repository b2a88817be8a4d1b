package com.pakashop.application.shared;

import java.util.function.Supplier;

/**
 * Runs a unit of work in one database transaction. A call made while a transaction is already
 * open on this thread joins it, so a use case that calls other use cases still commits once.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
