package com.pakashop.adapter.persistence;


import com.pakashop.application.promotion.Coupons;
import com.pakashop.domain.promotion.Coupon;
import com.pakashop.domain.promotion.CouponScope;
import com.pakashop.domain.promotion.CouponTerms;
import com.pakashop.domain.promotion.DiscountKind;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Coupons and redemptions. A redemption is one conditional UPDATE of the coupon's row: the row
 * lock queues concurrent checkouts, and the condition stops the count at the coupon's total.
 */
public final class JdbiCoupons implements Coupons {
    private static final String COLUMNS = """
            id, code, issuer_shop_id, kind, value, currency, minimum_order, maximum_discount, starts_at, ends_at,
            total_uses, uses_per_buyer, scope, scope_id, used, active, created_at""";

    private final JdbiTransactions tx;

    public JdbiCoupons(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Coupon coupon, String createdBy) {
        CouponTerms t = coupon.terms();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", coupon.id());
        columns.put("code", coupon.code());
        columns.put("issuer", coupon.issuerShopId().orElse(null));
        columns.put("kind", t.kind().name());
        columns.put("value", t.value());
        columns.put("currency", t.minimumOrder().currency().getCurrencyCode());
        columns.put("minimum", t.minimumOrder().minor());
        columns.put("maximum", t.maximumDiscount().map(Money::minor).orElse(null));
        columns.put("starts", t.startsAt());
        columns.put("ends", t.endsAt());
        columns.put("total", t.totalUses());
        columns.put("perBuyer", t.usesPerBuyer());
        columns.put("scope", t.scope().name());
        columns.put("scopeId", t.scopeId().orElse(null));
        columns.put("active", coupon.active());
        columns.put("created", coupon.createdAt());
        columns.put("createdBy", createdBy);
        try {
            tx.withHandle(handle -> handle.createUpdate("""
                            INSERT INTO coupons (id, code, issuer_shop_id, kind, value, currency, minimum_order,
                                                 maximum_discount, starts_at, ends_at, total_uses, uses_per_buyer, scope,
                                                 scope_id, active, created_at, created_by)
                            VALUES (:id, :code, CAST(:issuer AS uuid), :kind, :value, :currency, :minimum,
                                    CAST(:maximum AS bigint), :starts, :ends, :total, :perBuyer, :scope,
                                    CAST(:scopeId AS uuid), :active, :created, :createdBy)""")
                    .bindMap(columns).execute());
        } catch (UnableToExecuteStatementException e) {
            if (JdbiUsers.sqlState(e).equals(JdbiUsers.UNIQUE_VIOLATION)) {
                throw new Conflict("The code " + coupon.code() + " is taken; choose another");
            }
            throw e;
        }
    }

    @Override
    public Optional<Coupon> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM coupons WHERE id = :value", id);
    }

    @Override
    public Optional<Coupon> byCode(String code) {
        return one("SELECT " + COLUMNS + " FROM coupons WHERE code = :value", code);
    }

    @Override
    public List<Coupon> issuedBy(Optional<UUID> shopId, Optional<UUID> before, int limit) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM coupons
                        WHERE issuer_shop_id IS NOT DISTINCT FROM CAST(:shop AS uuid) AND id < :before
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("shop", shopId.orElse(null))
                .bind("before", before.orElse(new UUID(-1L, -1L)))
                .bind("limit", limit)
                .map((rs, ctx) -> coupon(rs))
                .list());
    }

    @Override
    public void setActive(UUID couponId, boolean active) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE coupons SET active = :active WHERE id = :id")
                .bind("active", active).bind("id", couponId).execute());
    }

    @Override
    public long standingUses(UUID couponId, UUID buyerId) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FROM coupon_redemptions
                        WHERE coupon_id = :coupon AND buyer_id = :buyer AND released_at IS NULL""")
                .bind("coupon", couponId).bind("buyer", buyerId).mapTo(Long.class).one());
    }

    @Override
    public Redemption redeem(UUID couponId, UUID checkoutId, UUID buyerId, Money discount, Instant at) {
        return tx.withHandle(handle -> {
            Optional<Long> perBuyer = handle.createQuery("""
                            UPDATE coupons SET used = used + 1
                            WHERE id = :id AND active AND used < total_uses
                            RETURNING uses_per_buyer""")
                    .bind("id", couponId).mapTo(Long.class).findOne();
            if (perBuyer.isEmpty()) {
                return Redemption.USED_UP;
            }
            if (standingUses(couponId, buyerId) >= perBuyer.get()) {
                handle.createUpdate("UPDATE coupons SET used = used - 1 WHERE id = :id").bind("id", couponId).execute();
                return Redemption.USED_UP_BY_BUYER;
            }
            handle.createUpdate("""
                            INSERT INTO coupon_redemptions (checkout_id, coupon_id, buyer_id, discount, redeemed_at)
                            VALUES (:checkout, :coupon, :buyer, :discount, :at)""")
                    .bind("checkout", checkoutId).bind("coupon", couponId).bind("buyer", buyerId)
                    .bind("discount", discount.minor()).bind("at", at).execute();
            return Redemption.REDEEMED;
        });
    }

    @Override
    public boolean lockStanding(UUID checkoutId) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT checkout_id FROM coupon_redemptions
                        WHERE checkout_id = :checkout AND released_at IS NULL
                        FOR UPDATE""")
                .bind("checkout", checkoutId).mapTo(UUID.class).findOne().isPresent());
    }

    @Override
    public boolean release(UUID checkoutId, Instant at) {
        return tx.withHandle(handle -> {
            Optional<UUID> coupon = handle.createQuery("""
                            UPDATE coupon_redemptions SET released_at = :at
                            WHERE checkout_id = :checkout AND released_at IS NULL
                            RETURNING coupon_id""")
                    .bind("at", at).bind("checkout", checkoutId).mapTo(UUID.class).findOne();
            coupon.ifPresent(id -> handle.createUpdate("UPDATE coupons SET used = used - 1 WHERE id = :id")
                    .bind("id", id).execute());
            return coupon.isPresent();
        });
    }

    private Optional<Coupon> one(String sql, Object value) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("value", value).map((rs, ctx) -> coupon(rs)).findOne());
    }

    private static Coupon coupon(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        long maximum = rs.getLong("maximum_discount");
        Optional<Money> maximumDiscount = rs.wasNull() ? Optional.empty() : Optional.of(new Money(maximum, currency));
        CouponTerms terms = new CouponTerms(DiscountKind.valueOf(rs.getString("kind")), rs.getLong("value"),
                new Money(rs.getLong("minimum_order"), currency), maximumDiscount,
                rs.getObject("starts_at", OffsetDateTime.class).toInstant(),
                rs.getObject("ends_at", OffsetDateTime.class).toInstant(), rs.getLong("total_uses"),
                rs.getLong("uses_per_buyer"), CouponScope.valueOf(rs.getString("scope")),
                Optional.ofNullable(rs.getObject("scope_id", UUID.class)));
        return new Coupon(rs.getObject("id", UUID.class), rs.getString("code"),
                Optional.ofNullable(rs.getObject("issuer_shop_id", UUID.class)), terms, rs.getLong("used"),
                rs.getBoolean("active"), rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
