package com.pakashop.adapter.persistence;

import com.pakashop.application.ordering.PriceLists;
import com.pakashop.domain.shared.Money;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;

/** Commission and markup rates and delivery fees, one upserted row each. */
public final class JdbiPriceLists implements PriceLists {
    private final JdbiTransactions tx;

    public JdbiPriceLists(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Long> shopCommission(UUID shopId) {
        return rate("SELECT basis_points FROM commission_by_shop WHERE shop_id = :id", shopId);
    }

    @Override
    public Optional<Long> categoryCommission(UUID categoryId) {
        return rate("SELECT basis_points FROM commission_by_category WHERE category_id = :id", categoryId);
    }

    @Override
    public Optional<Long> categoryMarkup(UUID categoryId) {
        return rate("SELECT basis_points FROM markup_by_category WHERE category_id = :id", categoryId);
    }

    @Override
    public Optional<Money> deliveryFee(String town) {
        return tx.withHandle(handle -> handle.createQuery("SELECT currency, fee_minor FROM delivery_fees WHERE town = :town")
                .bind("town", town)
                .map((rs, ctx) -> new Money(rs.getLong("fee_minor"), Currency.getInstance(rs.getString("currency"))))
                .findOne());
    }

    @Override
    public void setShopCommission(UUID shopId, long basisPoints) {
        upsert("""
                INSERT INTO commission_by_shop (shop_id, basis_points) VALUES (:id, :bps)
                ON CONFLICT (shop_id) DO UPDATE SET basis_points = :bps""", shopId, basisPoints);
    }

    @Override
    public void setCategoryCommission(UUID categoryId, long basisPoints) {
        upsert("""
                INSERT INTO commission_by_category (category_id, basis_points) VALUES (:id, :bps)
                ON CONFLICT (category_id) DO UPDATE SET basis_points = :bps""", categoryId, basisPoints);
    }

    @Override
    public void setCategoryMarkup(UUID categoryId, long basisPoints) {
        upsert("""
                INSERT INTO markup_by_category (category_id, basis_points) VALUES (:id, :bps)
                ON CONFLICT (category_id) DO UPDATE SET basis_points = :bps""", categoryId, basisPoints);
    }

    @Override
    public void setDeliveryFee(String town, Money fee) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO delivery_fees (town, currency, fee_minor) VALUES (:town, :currency, :fee)
                        ON CONFLICT (town) DO UPDATE SET currency = :currency, fee_minor = :fee""")
                .bind("town", town).bind("currency", fee.currency().getCurrencyCode()).bind("fee", fee.minor()).execute());
    }

    private Optional<Long> rate(String sql, UUID id) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("id", id).mapTo(Long.class).findOne());
    }

    private void upsert(String sql, UUID id, long basisPoints) {
        tx.withHandle(handle -> handle.createUpdate(sql).bind("id", id).bind("bps", basisPoints).execute());
    }
}
