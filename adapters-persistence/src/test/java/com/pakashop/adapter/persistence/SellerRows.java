package com.pakashop.adapter.persistence;

import com.pakashop.domain.shared.Money;
import com.pakashop.testkit.TestPhones;
import java.util.UUID;

/** The rows an order points at (a user, their shop, a category and a product), written directly for store tests. */
final class SellerRows {
    private final PostgresDatabase db;

    SellerRows(PostgresDatabase db) {
        this.db = db;
    }

    UUID buyer() {
        UUID id = UUID.randomUUID();
        db.jdbi().useHandle(h -> h.createUpdate("""
                        INSERT INTO users (id, name, phone, password_hash, roles, status, created_at, updated_at)
                        VALUES (:id, 'Contract Buyer', :phone, 'x', '{BUYER,VENDOR}', 'ACTIVE', now(), now())""")
                .bind("id", id).bind("phone", TestPhones.fresh("96")).execute());
        return id;
    }

    Seller shopOf(UUID owner, Money price) {
        UUID shop = UUID.randomUUID();
        UUID category = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        db.jdbi().useHandle(h -> {
            h.createUpdate("""
                            INSERT INTO shops (id, owner_id, name, slug, town, district, contact_phone, payout_number,
                                               payout_network, status, created_at, updated_at)
                            VALUES (:id, :owner, 'Contract Shop', :slug, 'Lusaka', 'Lusaka', '0977123456', '0965550001',
                                    'MTN', 'ACTIVE', now(), now())""")
                    .bind("id", shop).bind("owner", owner).bind("slug", "contract-" + shop).execute();
            h.createUpdate("INSERT INTO categories (id, name, slug, created_at) VALUES (:id, 'Contract', :slug, now())")
                    .bind("id", category).bind("slug", "contract-" + category).execute();
            h.createUpdate("""
                            INSERT INTO products (id, shop_id, title, description, category_id, currency, price_minor,
                                                  stock, status, created_at, updated_at)
                            VALUES (:id, :shop, 'Chitenge', '', :category, 'ZMW', :price, 5, 'ACTIVE', now(), now())""")
                    .bind("id", product).bind("shop", shop).bind("category", category).bind("price", price.minor())
                    .execute();
        });
        return new Seller(owner, shop, product);
    }

    record Seller(UUID owner, UUID shop, UUID product) {
    }
}
