package com.pakashop.adapter.persistence;


import com.pakashop.application.catalog.Shops;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.catalog.Shop;
import com.pakashop.domain.catalog.ShopProfile;
import com.pakashop.domain.catalog.ShopStatus;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Conflict;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/** Shops in PostgreSQL; updates are optimistic on {@code version}. */
public final class JdbiShops implements Shops {
    private static final String COLUMNS = """
            id, owner_id, name, slug, town, district, contact_phone, payout_number, payout_network, tpin, branch_id,
            kyc_documents, logo_url, status, status_reason, created_at, version""";

    private final JdbiTransactions tx;
    private final Clock clock;

    public JdbiShops(JdbiTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void add(Shop shop) {
        try {
            tx.withHandle(handle -> handle.createUpdate("""
                            INSERT INTO shops (id, owner_id, name, slug, town, district, contact_phone, payout_number,
                                               payout_network, tpin, branch_id, kyc_documents, logo_url, status,
                                               status_reason, created_at, updated_at, version)
                            VALUES (:id, :ownerId, :name, :slug, :town, :district, :contactPhone, :payoutNumber,
                                    :payoutNetwork, :tpin, :branchId, :kycDocuments, :logoUrl, :status, :statusReason,
                                    :createdAt, :createdAt, 0)""")
                    .bindMap(columns(shop))
                    .bindArray("kycDocuments", String.class, documents(shop))
                    .bind("ownerId", shop.ownerId())
                    .bind("createdAt", shop.createdAt())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw slugTakenOr(e, shop);
        }
    }

    @Override
    public Optional<Shop> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM shops WHERE id = :id", id);
    }

    @Override
    public Optional<Shop> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM shops WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public Shop update(Shop shop) {
        int updated;
        try {
            updated = tx.withHandle(handle -> handle.createUpdate("""
                            UPDATE shops SET name = :name, slug = :slug, town = :town, district = :district,
                                   contact_phone = :contactPhone, payout_number = :payoutNumber,
                                   payout_network = :payoutNetwork, tpin = :tpin, branch_id = :branchId,
                                   kyc_documents = :kycDocuments, logo_url = :logoUrl, status = :status,
                                   status_reason = :statusReason,
                                   updated_at = :now, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bindMap(columns(shop))
                    .bindArray("kycDocuments", String.class, documents(shop))
                    .bind("version", shop.version())
                    .bind("now", clock.instant())
                    .execute());
        } catch (UnableToExecuteStatementException e) {
            throw slugTakenOr(e, shop);
        }
        if (updated != 1) {
            throw new Conflict("The shop was changed by someone else meanwhile; reload and try again");
        }
        return new Shop(shop.id(), shop.ownerId(), shop.profile(), shop.status(), shop.statusReason(), shop.createdAt(),
                shop.version() + 1);
    }

    @Override
    public List<Shop> find(Optional<UUID> owner, Optional<ShopStatus> status, Optional<UUID> after, int limit) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM shops
                        WHERE id > :after
                          AND (CAST(:owner AS uuid) IS NULL OR owner_id = CAST(:owner AS uuid))
                          AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))
                        ORDER BY id
                        LIMIT :limit""")
                .bind("after", after.orElse(new UUID(0, 0)))
                .bind("owner", owner.orElse(null))
                .bind("status", status.map(ShopStatus::name).orElse(null))
                .bind("limit", limit)
                .map((rs, ctx) -> shop(rs))
                .list());
    }

    private static RuntimeException slugTakenOr(UnableToExecuteStatementException e, Shop shop) {
        return JdbiUsers.sqlState(e).equals(JdbiUsers.UNIQUE_VIOLATION)
                ? new Conflict("The address /" + shop.profile().slug() + " is taken; choose another slug")
                : e;
    }

    private Optional<Shop> one(String sql, UUID id) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("id", id).map((rs, ctx) -> shop(rs)).findOne());
    }

    private static Map<String, Object> columns(Shop shop) {
        ShopProfile p = shop.profile();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", shop.id());
        columns.put("name", p.name());
        columns.put("slug", p.slug());
        columns.put("town", p.town());
        columns.put("district", p.district());
        columns.put("contactPhone", p.contactPhone().e164());
        columns.put("payoutNumber", p.payoutNumber().e164());
        columns.put("payoutNetwork", p.payoutNetwork().name());
        columns.put("tpin", p.tpin().orElse(null));
        columns.put("branchId", p.branchId().orElse(null));
        columns.put("logoUrl", shop.profile().logo().map(URI::toString).orElse(null));
        columns.put("status", shop.status().name());
        columns.put("statusReason", shop.statusReason().orElse(null));
        return columns;
    }

    @Override
    public boolean logoApproved(UUID shopId, URI logo) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT count(*) FROM moderation_cases
                         WHERE subject_kind = 'SHOP_LOGO' AND subject_id = :shop AND image_url = :logo AND status = 'APPROVED'""")
                .bind("shop", shopId).bind("logo", logo.toString()).mapTo(Integer.class).one() > 0);
    }

    private static List<String> documents(Shop shop) {
        return shop.profile().kycDocuments().stream().map(URI::toString).toList();
    }

    private static Shop shop(ResultSet rs) throws SQLException {
        ShopProfile profile = new ShopProfile(rs.getString("name"), rs.getString("slug"), rs.getString("town"),
                rs.getString("district"), new PhoneNumber(rs.getString("contact_phone")),
                new PhoneNumber(rs.getString("payout_number")), MobileNetwork.valueOf(rs.getString("payout_network")),
                Optional.ofNullable(rs.getString("tpin")), Optional.ofNullable(rs.getString("branch_id")),
                Arrays.stream((String[]) rs.getArray("kyc_documents").getArray()).map(URI::create).toList(),
                Optional.ofNullable(rs.getString("logo_url")).map(URI::create));
        return new Shop(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class), profile,
                ShopStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("status_reason")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
