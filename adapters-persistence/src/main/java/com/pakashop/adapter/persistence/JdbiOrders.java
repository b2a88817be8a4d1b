package com.pakashop.adapter.persistence;


import com.pakashop.application.ordering.Orders;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderActor;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.ordering.SettlementStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.tracking.Destination;
import com.pakashop.domain.tracking.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Orders with their lines and move history. */
public final class JdbiOrders implements Orders {
    private static final String COLUMNS = """
            id, number, checkout_id, buyer_id, shop_id, currency, items_subtotal, delivery_fee, total, vat_included,
            commission, vendor_net, markup, coupon_discount, loyalty_discount, platform_funded, status, settlement_status,
            created_at, pay_by, version""";

    private final JdbiTransactions tx;

    public JdbiOrders(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public String nextNumber() {
        return tx.withHandle(handle -> "PK-" + handle.createQuery("SELECT nextval('order_numbers')").mapTo(Long.class).one());
    }

    @Override
    public void add(Order order, String actor) {
        tx.withHandle(handle -> {
            PriceBreakdown b = order.breakdown();
            handle.createUpdate("""
                            INSERT INTO orders (id, number, checkout_id, buyer_id, shop_id, currency, items_subtotal,
                                                delivery_fee, total, vat_included, commission, vendor_net, markup,
                                                coupon_discount, loyalty_discount, platform_funded, status,
                                                settlement_status, created_at, pay_by, version)
                            VALUES (:id, :number, :checkout, :buyer, :shop, :currency, :subtotal, :delivery, :total, :vat,
                                    :commission, :net, :markup, :coupon, :loyalty, :platformFunded, :status, :settlement,
                                    :created, :payBy, 0)""")
                    .bind("id", order.id()).bind("number", order.number()).bind("checkout", order.checkoutId())
                    .bind("buyer", order.buyerId()).bind("shop", order.shopId())
                    .bind("currency", b.total().currency().getCurrencyCode())
                    .bind("subtotal", b.itemsSubtotal().minor()).bind("delivery", b.deliveryFee().minor())
                    .bind("total", b.total().minor()).bind("vat", b.vatIncluded().minor())
                    .bind("commission", b.commission().minor()).bind("net", b.vendorNet().minor())
                    .bind("markup", b.markup().minor()).bind("coupon", b.couponDiscount().minor())
                    .bind("loyalty", b.loyaltyDiscount().minor()).bind("platformFunded", b.platformFunded().minor())
                    .bind("status", order.status().name()).bind("settlement", order.settlement().name())
                    .bind("created", order.createdAt()).bind("payBy", order.payBy())
                    .execute();
            PreparedBatch lines = handle.prepareBatch("""
                    INSERT INTO order_lines (order_id, position, product_id, title, unit_price, quantity)
                    VALUES (:order, :position, :product, :title, :price, :quantity)""");
            for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                lines.bind("order", order.id()).bind("position", i).bind("product", line.productId())
                        .bind("title", line.title()).bind("price", line.unitPrice().minor()).bind("quantity", line.quantity())
                        .add();
            }
            lines.execute();
            return transition(handle, order.id(), order.createdAt(), null, order.status(), actor, null);
        });
    }

    @Override
    public Optional<Order> byId(UUID id) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM orders WHERE id = :value", id)
                .stream().findFirst());
    }

    @Override
    public Optional<Order> byIdForUpdate(UUID id) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM orders WHERE id = :value FOR UPDATE", id)
                .stream().findFirst());
    }

    @Override
    public void setDestination(UUID orderId, Destination destination) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO order_destinations (order_id, lat, lng, address, town)
                        VALUES (:order, :lat, :lng, :address, :town)
                        ON CONFLICT (order_id) DO UPDATE
                           SET lat = EXCLUDED.lat, lng = EXCLUDED.lng, address = EXCLUDED.address, town = EXCLUDED.town""")
                .bind("order", orderId).bind("lat", destination.point().lat()).bind("lng", destination.point().lng())
                .bind("address", destination.address()).bind("town", destination.town()).execute());
    }

    @Override
    public Optional<Destination> destinationOf(UUID orderId) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT lat, lng, address, town FROM order_destinations WHERE order_id = :order")
                .bind("order", orderId)
                .map((rs, ctx) -> new Destination(new GeoPoint(rs.getDouble("lat"), rs.getDouble("lng")),
                        rs.getString("address"), rs.getString("town")))
                .findOne());
    }

    @Override
    public List<Order> byCheckout(UUID checkoutId) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM orders WHERE checkout_id = :value ORDER BY id",
                checkoutId));
    }

    @Override
    public List<Order> ofBuyer(UUID buyerId, Optional<UUID> before, int limit) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS
                + " FROM orders WHERE buyer_id = :value AND id < :before ORDER BY id DESC LIMIT :limit",
                buyerId, Map.of("before", before.orElse(new UUID(-1L, -1L)), "limit", limit)));
    }

    @Override
    public List<Order> find(Optional<UUID> shopId, Optional<OrderStatus> status, Optional<UUID> before, int limit) {
        Map<String, Object> filters = new java.util.HashMap<>();
        filters.put("limit", limit);
        filters.put("shop", shopId.orElse(null));
        filters.put("status", status.map(OrderStatus::name).orElse(null));
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM orders"
                        + " WHERE id < :value AND (CAST(:shop AS uuid) IS NULL OR shop_id = CAST(:shop AS uuid))"
                        + " AND (CAST(:status AS text) IS NULL OR status = CAST(:status AS text))"
                        + " ORDER BY id DESC LIMIT :limit",
                before.orElse(new UUID(-1L, -1L)), filters));
    }

    @Override
    public List<Order> unpaidBefore(Instant deadline, int limit) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM orders"
                + " WHERE status = 'PENDING' AND pay_by < :value"
                + " AND NOT EXISTS (SELECT 1 FROM payment_orders po JOIN payments p ON p.id = po.payment_id"
                + "                 WHERE po.order_id = orders.id AND p.status IN ('INITIATED', 'PENDING'))"
                + " AND NOT EXISTS (SELECT 1 FROM fraud_cases fc WHERE fc.status = 'OPEN' AND orders.id = ANY(fc.order_ids))"
                + " ORDER BY pay_by LIMIT :limit FOR UPDATE SKIP LOCKED",
                deadline, Map.of("limit", limit)));
    }

    @Override
    public Order move(Order before, Order after, OrderActor actor, String actorName, Optional<String> reason, Instant at) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE orders SET status = :status, settlement_status = :settlement, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("status", after.status().name()).bind("settlement", after.settlement().name())
                    .bind("id", after.id()).bind("version", after.version()).execute();
            if (updated != 1) {
                throw new Conflict("Order " + after.number() + " was changed meanwhile; reload and try again");
            }
            transition(handle, after.id(), at, before.status(), after.status(), actor.name() + ":" + actorName,
                    reason.orElse(null));
            return new Order(after.id(), after.number(), after.checkoutId(), after.buyerId(), after.shopId(), after.lines(),
                    after.breakdown(), after.status(), after.settlement(), after.createdAt(), after.payBy(),
                    after.version() + 1);
        });
    }

    private static int transition(Handle handle, UUID orderId, Instant at, OrderStatus from, OrderStatus to, String actor,
                                  String reason) {
        return handle.createUpdate("""
                        INSERT INTO order_transitions (order_id, at, from_status, to_status, actor, reason)
                        VALUES (:order, :at, :from, :to, :actor, :reason)""")
                .bind("order", orderId).bind("at", at).bind("from", from == null ? null : from.name())
                .bind("to", to.name()).bind("actor", actor).bind("reason", reason).execute();
    }

    private static List<Order> load(Handle handle, String sql, Object value) {
        return load(handle, sql, value, Map.of());
    }

    private static List<Order> load(Handle handle, String sql, Object value, Map<String, Object> more) {
        List<Order> headers = handle.createQuery(sql).bind("value", value).bindMap(more)
                .map((rs, ctx) -> header(rs)).list();
        if (headers.isEmpty()) {
            return headers;
        }
        Map<UUID, List<OrderLine>> lines = handle.createQuery("""
                        SELECT l.order_id, l.product_id, l.title, l.unit_price, l.quantity, o.currency
                        FROM order_lines l JOIN orders o ON o.id = l.order_id
                        WHERE l.order_id = ANY(:ids) ORDER BY l.order_id, l.position""")
                .bindArray("ids", UUID.class, headers.stream().map(Order::id).toList())
                .reduceRows(new java.util.LinkedHashMap<UUID, List<OrderLine>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("order_id", UUID.class), k -> new java.util.ArrayList<>())
                            .add(new OrderLine(row.getColumn("product_id", UUID.class), row.getColumn("title", String.class),
                                    new Money(row.getColumn("unit_price", Long.class),
                                            Currency.getInstance(row.getColumn("currency", String.class))),
                                    row.getColumn("quantity", Long.class)));
                    return map;
                });
        return headers.stream().map(o -> new Order(o.id(), o.number(), o.checkoutId(), o.buyerId(), o.shopId(),
                        lines.getOrDefault(o.id(), List.of()), o.breakdown(), o.status(), o.settlement(), o.createdAt(),
                        o.payBy(), o.version()))
                .collect(Collectors.toList());
    }

    private static Order header(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        PriceBreakdown breakdown = new PriceBreakdown(new Money(rs.getLong("items_subtotal"), currency),
                new Money(rs.getLong("markup"), currency), new Money(rs.getLong("coupon_discount"), currency),
                new Money(rs.getLong("loyalty_discount"), currency), new Money(rs.getLong("delivery_fee"), currency),
                new Money(rs.getLong("total"), currency), new Money(rs.getLong("vat_included"), currency),
                new Money(rs.getLong("commission"), currency), new Money(rs.getLong("vendor_net"), currency),
                new Money(rs.getLong("platform_funded"), currency));
        return new Order(rs.getObject("id", UUID.class), rs.getString("number"), rs.getObject("checkout_id", UUID.class),
                rs.getObject("buyer_id", UUID.class), rs.getObject("shop_id", UUID.class), List.of(), breakdown,
                OrderStatus.valueOf(rs.getString("status")), SettlementStatus.valueOf(rs.getString("settlement_status")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("pay_by", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
