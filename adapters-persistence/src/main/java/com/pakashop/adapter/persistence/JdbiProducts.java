package com.pakashop.adapter.persistence;


import com.pakashop.application.catalog.Products;
import com.pakashop.domain.catalog.Product;
import com.pakashop.domain.catalog.ProductDetails;
import com.pakashop.domain.catalog.ProductStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Products; the public listing walks the sellable index newest first, filtering by the query. */
public final class JdbiProducts implements Products {
    private static final String COLUMNS = """
            p.id, p.shop_id, p.title, p.description, p.category_id, p.currency, p.price_minor, p.compare_at_minor,
            p.stock, p.sku, p.attributes::text AS attributes, p.images, p.status, p.moderation_hold, p.created_at,
            p.version""";

    private final JdbiTransactions tx;
    private final Clock clock;

    public JdbiProducts(JdbiTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public void add(Product product) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO products (id, shop_id, title, description, category_id, currency, price_minor,
                                              compare_at_minor, stock, sku, attributes, images, status, moderation_hold,
                                              created_at, updated_at, version)
                        VALUES (:id, :shopId, :title, :description, :categoryId, :currency, :price, CAST(:compareAt AS bigint), :stock,
                                :sku, CAST(:attributes AS jsonb), :images, :status, :hold, :createdAt, :createdAt, 0)""")
                .bindMap(columns(product))
                .bindArray("images", String.class, images(product))
                .bind("createdAt", product.createdAt())
                .execute());
    }

    @Override
    public Optional<Product> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM products p WHERE p.id = :id", id);
    }

    @Override
    public Optional<Product> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM products p WHERE p.id = :id FOR UPDATE", id);
    }

    @Override
    public Optional<Product> sellable(UUID id) {
        return one("SELECT " + COLUMNS + " FROM products p JOIN shops s ON s.id = p.shop_id"
                + " WHERE p.id = :id AND p.status = 'ACTIVE' AND NOT p.moderation_hold AND s.status = 'ACTIVE'", id);
    }

    @Override
    public Product update(Product product) {
        int updated = tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE products SET title = :title, description = :description, category_id = :categoryId,
                               currency = :currency, price_minor = :price, compare_at_minor = CAST(:compareAt AS bigint), stock = :stock,
                               sku = :sku, attributes = CAST(:attributes AS jsonb), images = :images, status = :status,
                               moderation_hold = :hold, updated_at = :now, version = version + 1
                        WHERE id = :id AND version = :version""")
                .bindMap(columns(product))
                .bindArray("images", String.class, images(product))
                .bind("version", product.version())
                .bind("now", clock.instant())
                .execute());
        if (updated != 1) {
            throw new Conflict("The product was changed by someone else meanwhile; reload and try again");
        }
        return new Product(product.id(), product.shopId(), product.details(), product.status(), product.moderationHold(),
                product.createdAt(), product.version() + 1);
    }

    @Override
    public List<Product> findSellable(ProductQuery query, Optional<UUID> before, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        WITH RECURSIVE wanted(id) AS (
                            SELECT id FROM categories WHERE id = CAST(:category AS uuid)
                            UNION ALL
                            SELECT c.id FROM categories c JOIN wanted w ON c.parent_id = w.id
                        )
                        """ + "SELECT " + COLUMNS + """
                         FROM products p JOIN shops s ON s.id = p.shop_id
                        WHERE p.status = 'ACTIVE' AND NOT p.moderation_hold AND s.status = 'ACTIVE'
                          AND p.id < :before
                          AND (CAST(:category AS uuid) IS NULL OR p.category_id IN (SELECT id FROM wanted))
                          AND (CAST(:shop AS uuid) IS NULL OR p.shop_id = CAST(:shop AS uuid))
                          AND (CAST(:minPrice AS bigint) IS NULL OR p.price_minor >= CAST(:minPrice AS bigint))
                          AND (CAST(:maxPrice AS bigint) IS NULL OR p.price_minor <= CAST(:maxPrice AS bigint))
                          AND (CAST(:town AS text) IS NULL OR lower(s.town) = lower(CAST(:town AS text)))
                          AND (NOT :inStock OR p.stock > 0)
                        ORDER BY p.id DESC
                        LIMIT :limit""")
                .bind("before", before.orElse(new UUID(-1L, -1L)))
                .bind("category", query.category().orElse(null))
                .bind("shop", query.shop().orElse(null))
                .bind("minPrice", query.minPrice().map(Money::minor).orElse(null))
                .bind("maxPrice", query.maxPrice().map(Money::minor).orElse(null))
                .bind("town", query.town().orElse(null))
                .bind("inStock", query.inStockOnly())
                .bind("limit", limit)
                .map((rs, ctx) -> product(rs))
                .list());
    }

    private Optional<Product> one(String sql, UUID id) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("id", id).map((rs, ctx) -> product(rs)).findOne());
    }

    private static Map<String, Object> columns(Product product) {
        ProductDetails d = product.details();
        Map<String, Object> columns = new HashMap<>();
        columns.put("id", product.id());
        columns.put("shopId", product.shopId());
        columns.put("title", d.title());
        columns.put("description", d.description());
        columns.put("categoryId", d.categoryId());
        columns.put("currency", d.price().currency().getCurrencyCode());
        columns.put("price", d.price().minor());
        columns.put("compareAt", d.compareAtPrice().map(Money::minor).orElse(null));
        columns.put("stock", d.stock());
        columns.put("sku", d.sku().orElse(null));
        columns.put("attributes", PayloadJson.write(d.attributes()));
        columns.put("status", product.status().name());
        columns.put("hold", product.moderationHold());
        return columns;
    }

    private static List<String> images(Product product) {
        return product.details().images().stream().map(URI::toString).toList();
    }

    private static Product product(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        long compareAt = rs.getLong("compare_at_minor");
        Optional<Money> compareAtPrice = rs.wasNull() ? Optional.empty() : Optional.of(new Money(compareAt, currency));
        ProductDetails details = new ProductDetails(rs.getString("title"), rs.getString("description"),
                rs.getObject("category_id", UUID.class), new Money(rs.getLong("price_minor"), currency), compareAtPrice,
                rs.getLong("stock"), Optional.ofNullable(rs.getString("sku")), PayloadJson.read(rs.getString("attributes")),
                Arrays.stream((String[]) rs.getArray("images").getArray()).map(URI::create).toList());
        return new Product(rs.getObject("id", UUID.class), rs.getObject("shop_id", UUID.class), details,
                ProductStatus.valueOf(rs.getString("status")), rs.getBoolean("moderation_hold"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
