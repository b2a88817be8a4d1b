package com.pakashop.adapter.persistence;

import com.pakashop.application.tracking.Assignments;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.tracking.GeoPoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An agent's deliveries with their shop, destination and buyer, read through {@code deliveries_agent}. */
public final class JdbiAssignments implements Assignments {
    /** Above every id PostgreSQL orders before it: the first page starts here. */
    private static final UUID LAST_UUID = new UUID(-1L, -1L);

    private final JdbiTransactions tx;

    public JdbiAssignments(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Assignment> ofAgent(UUID agentId, Optional<UUID> before, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT d.order_id, o.number, o.status, s.name AS shop_name, s.town AS shop_town,
                               s.district AS shop_district, s.contact_phone AS shop_phone, d.destination_lat,
                               d.destination_lng, d.address, u.name AS buyer_name, u.phone AS buyer_phone,
                               d.dispatched_at, d.delivered_at
                          FROM deliveries d
                          JOIN orders o ON o.id = d.order_id
                          JOIN shops s ON s.id = d.shop_id
                          JOIN users u ON u.id = d.buyer_id
                         WHERE d.agent_id = :agent
                           AND d.order_id < :before
                         ORDER BY d.order_id DESC
                         LIMIT :limit""")
                .bind("agent", agentId)
                .bind("before", before.orElse(LAST_UUID))
                .bind("limit", limit)
                .map((rs, ctx) -> assignment(rs))
                .list());
    }

    private static Assignment assignment(ResultSet rs) throws SQLException {
        OffsetDateTime delivered = rs.getObject("delivered_at", OffsetDateTime.class);
        return new Assignment(rs.getObject("order_id", UUID.class), rs.getString("number"),
                OrderStatus.valueOf(rs.getString("status")), rs.getString("shop_name"), rs.getString("shop_town"),
                rs.getString("shop_district"), new PhoneNumber(rs.getString("shop_phone")),
                new GeoPoint(rs.getDouble("destination_lat"), rs.getDouble("destination_lng")), rs.getString("address"),
                rs.getString("buyer_name"), new PhoneNumber(rs.getString("buyer_phone")),
                rs.getObject("dispatched_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(delivered).map(OffsetDateTime::toInstant));
    }
}
