package com.pakashop.adapter.persistence;


import com.pakashop.application.tracking.Deliveries;
import com.pakashop.application.tracking.FilterState;
import com.pakashop.application.tracking.LocationUpdate;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.tracking.Delivery;
import com.pakashop.domain.tracking.GeoPoint;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Deliveries with the head of their track (filter state and last smoothed position) on the same row. */
public final class JdbiDeliveries implements Deliveries {
    private static final String COLUMNS = """
            order_id, agent_id, buyer_id, shop_id, destination_lat, destination_lng, address, pin_hash, wrong_pins,
            locked, arriving_at, signature_sha256, delivered_at, dispatched_at, version""";

    private final JdbiTransactions tx;

    public JdbiDeliveries(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Delivery d) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO deliveries (order_id, agent_id, buyer_id, shop_id, destination_lat, destination_lng,
                                                address, pin_hash, wrong_pins, locked, dispatched_at, version)
                        VALUES (:order, :agent, :buyer, :shop, :lat, :lng, :address, :pin, 0, false, :at, 0)""")
                .bind("order", d.orderId()).bind("agent", d.agentId()).bind("buyer", d.buyerId()).bind("shop", d.shopId())
                .bind("lat", d.destination().lat()).bind("lng", d.destination().lng()).bind("address", d.address())
                .bind("pin", d.pinHash()).bind("at", d.dispatchedAt()).execute());
    }

    @Override
    public Optional<Delivery> byOrder(UUID orderId) {
        return one("SELECT " + COLUMNS + " FROM deliveries WHERE order_id = :order", orderId);
    }

    @Override
    public Optional<Delivery> byOrderForUpdate(UUID orderId) {
        return one("SELECT " + COLUMNS + " FROM deliveries WHERE order_id = :order FOR UPDATE", orderId);
    }

    @Override
    public Delivery update(Delivery before, Delivery after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE deliveries SET wrong_pins = :wrong, locked = :locked, arriving_at = :arriving,
                                   signature_sha256 = :signature, delivered_at = :delivered, version = version + 1
                            WHERE order_id = :order AND version = :version""")
                    .bind("wrong", after.wrongPins()).bind("locked", after.locked())
                    .bind("arriving", after.arrivingAt().orElse(null))
                    .bind("signature", after.signatureSha256().orElse(null))
                    .bind("delivered", after.deliveredAt().orElse(null))
                    .bind("order", after.orderId()).bind("version", before.version()).execute();
            if (updated != 1) {
                throw new Conflict("The delivery of order " + after.orderId() + " changed meanwhile; try again");
            }
            return new Delivery(after.orderId(), after.agentId(), after.buyerId(), after.shopId(), after.destination(),
                    after.address(), after.pinHash(), after.wrongPins(), after.locked(), after.arrivingAt(),
                    after.signatureSha256(), after.deliveredAt(), after.dispatchedAt(), before.version() + 1);
        });
    }

    @Override
    public Optional<TrackHead> head(UUID orderId) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT filter_at, filter_state, last_lat, last_lng, last_speed, last_recorded_at, last_published_at
                        FROM deliveries WHERE order_id = :order AND filter_state IS NOT NULL""")
                .bind("order", orderId).map((rs, ctx) -> head(orderId, rs)).findOne());
    }

    @Override
    public void saveHead(UUID orderId, TrackHead head) {
        tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE deliveries SET filter_at = :filterAt, filter_state = :state, last_lat = :lat, last_lng = :lng,
                               last_speed = :speed, last_recorded_at = :recorded, last_published_at = :published
                        WHERE order_id = :order""")
                .bind("filterAt", head.filter().lastFixAt())
                .bindArray("state", Double.class, boxed(head.filter().values()))
                .bind("lat", head.last().lat()).bind("lng", head.last().lng())
                .bind("speed", head.last().speedMetresPerSecond()).bind("recorded", head.last().recordedAt())
                .bind("published", head.last().publishedAt()).bind("order", orderId).execute());
    }

    private Optional<Delivery> one(String sql, UUID orderId) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("order", orderId).map((rs, ctx) -> delivery(rs))
                .findOne());
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getObject("order_id", UUID.class), rs.getObject("agent_id", UUID.class),
                rs.getObject("buyer_id", UUID.class), rs.getObject("shop_id", UUID.class),
                new GeoPoint(rs.getDouble("destination_lat"), rs.getDouble("destination_lng")), rs.getString("address"),
                rs.getString("pin_hash"), rs.getInt("wrong_pins"), rs.getBoolean("locked"), instant(rs, "arriving_at"),
                Optional.ofNullable(rs.getString("signature_sha256")), instant(rs, "delivered_at"),
                rs.getObject("dispatched_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }

    private static TrackHead head(UUID orderId, ResultSet rs) throws SQLException {
        Array array = rs.getArray("filter_state");
        Double[] boxed = (Double[]) array.getArray();
        double[] values = new double[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            values[i] = boxed[i];
        }
        return new TrackHead(new FilterState(rs.getObject("filter_at", OffsetDateTime.class).toInstant(), values),
                new LocationUpdate(orderId, rs.getDouble("last_lat"), rs.getDouble("last_lng"), rs.getDouble("last_speed"),
                        rs.getObject("last_recorded_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_published_at", OffsetDateTime.class).toInstant()));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static Double[] boxed(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return boxed;
    }
}
