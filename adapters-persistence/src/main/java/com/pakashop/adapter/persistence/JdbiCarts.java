package com.pakashop.adapter.persistence;


import com.pakashop.application.ordering.Carts;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

/** Cart lines; putting a product again replaces its quantity and remembered price. */
public final class JdbiCarts implements Carts {
    private final JdbiTransactions tx;

    public JdbiCarts(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void put(UUID buyerId, UUID productId, long quantity, Money price, Instant at) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO cart_items (buyer_id, product_id, quantity, currency, price_minor_at_add, added_at)
                        VALUES (:buyer, :product, :quantity, :currency, :price, :at)
                        ON CONFLICT (buyer_id, product_id) DO UPDATE
                        SET quantity = :quantity, currency = :currency, price_minor_at_add = :price, added_at = :at""")
                .bind("buyer", buyerId).bind("product", productId).bind("quantity", quantity)
                .bind("currency", price.currency().getCurrencyCode()).bind("price", price.minor()).bind("at", at)
                .execute());
    }

    @Override
    public void remove(UUID buyerId, UUID productId) {
        tx.withHandle(handle -> handle.createUpdate("DELETE FROM cart_items WHERE buyer_id = :buyer AND product_id = :product")
                .bind("buyer", buyerId).bind("product", productId).execute());
    }

    @Override
    public List<StoredItem> items(UUID buyerId) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT product_id, quantity, currency, price_minor_at_add FROM cart_items
                        WHERE buyer_id = :buyer ORDER BY added_at, product_id""")
                .bind("buyer", buyerId)
                .map((rs, ctx) -> new StoredItem(rs.getObject("product_id", UUID.class), rs.getLong("quantity"),
                        new Money(rs.getLong("price_minor_at_add"), Currency.getInstance(rs.getString("currency")))))
                .list());
    }
}
