package com.pakashop.adapter.persistence;

import com.pakashop.application.ordering.Stock;
import java.util.UUID;

/** One conditional UPDATE per step: the row lock makes concurrent reservations queue, and none can overdraw. */
public final class JdbiStock implements Stock {
    private final JdbiTransactions tx;

    public JdbiStock(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public boolean reserve(UUID productId, long quantity) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE products SET stock = stock - :quantity
                        WHERE id = :id AND stock >= :quantity AND status = 'ACTIVE' AND NOT moderation_hold""")
                .bind("id", productId).bind("quantity", quantity).execute()) == 1;
    }

    @Override
    public void release(UUID productId, long quantity) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE products SET stock = stock + :quantity WHERE id = :id")
                .bind("id", productId).bind("quantity", quantity).execute());
    }
}
