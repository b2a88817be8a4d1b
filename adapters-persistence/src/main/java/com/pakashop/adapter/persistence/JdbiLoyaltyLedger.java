package com.pakashop.adapter.persistence;


import com.pakashop.application.loyalty.LoyaltyLedger;
import com.pakashop.domain.loyalty.LoyaltyEntry;
import com.pakashop.domain.loyalty.LoyaltyEntryKind;
import com.pakashop.domain.shared.Ids;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/**
 * The points ledger on PostgreSQL. Spending locks the buyer's spendable lots oldest first, so two
 * checkouts by one buyer queue rather than spend the same points; every change to a lot is
 * matched by a ledger entry in the same transaction, so the balance (the sum of entries) always
 * equals the points left in lots.
 */
public final class JdbiLoyaltyLedger implements LoyaltyLedger {
    private final JdbiTransactions tx;
    private final Ids ids;

    public JdbiLoyaltyLedger(JdbiTransactions tx, Ids ids) {
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public long balance(UUID buyerId) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT coalesce(sum(points), 0) FROM loyalty_entries WHERE buyer_id = :buyer")
                .bind("buyer", buyerId).mapTo(Long.class).one());
    }

    @Override
    public List<LoyaltyEntry> entries(UUID buyerId, Optional<UUID> before, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id, buyer_id, at, kind, points, order_id FROM loyalty_entries
                        WHERE buyer_id = :buyer AND id < :before
                        ORDER BY id DESC LIMIT :limit""")
                .bind("buyer", buyerId).bind("before", before.orElse(new UUID(-1L, -1L))).bind("limit", limit)
                .map((rs, ctx) -> new LoyaltyEntry(rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class),
                        rs.getObject("at", OffsetDateTime.class).toInstant(), LoyaltyEntryKind.valueOf(rs.getString("kind")),
                        rs.getLong("points"), Optional.ofNullable(rs.getObject("order_id", UUID.class))))
                .list());
    }

    @Override
    public boolean earn(UUID buyerId, UUID orderId, long points, Instant at, Instant expiresAt) {
        UUID entryId = ids.next();
        return tx.withHandle(handle -> {
            int added = handle.createUpdate("""
                            INSERT INTO loyalty_entries (id, buyer_id, at, kind, points, order_id)
                            VALUES (:id, :buyer, :at, 'EARNED', :points, :order)
                            ON CONFLICT (order_id, kind) WHERE kind <> 'EXPIRED' DO NOTHING""")
                    .bind("id", entryId).bind("buyer", buyerId).bind("at", at).bind("points", points)
                    .bind("order", orderId).execute();
            if (added == 1) {
                handle.createUpdate("""
                                INSERT INTO loyalty_lots (id, buyer_id, expires_at, remaining)
                                VALUES (:id, :buyer, :expires, :points)""")
                        .bind("id", entryId).bind("buyer", buyerId).bind("expires", expiresAt)
                        .bind("points", points).execute();
            }
            return added == 1;
        });
    }

    @Override
    public boolean redeem(UUID buyerId, UUID orderId, long points, Instant at) {
        return tx.withHandle(handle -> {
            List<Lot> lots = handle.createQuery("""
                            SELECT id, remaining FROM loyalty_lots
                            WHERE buyer_id = :buyer AND remaining > 0 AND expires_at > :at
                            ORDER BY expires_at, id
                            FOR UPDATE""")
                    .bind("buyer", buyerId).bind("at", at)
                    .map((rs, ctx) -> new Lot(rs.getObject("id", UUID.class), rs.getLong("remaining"))).list();
            if (lots.stream().mapToLong(Lot::remaining).sum() < points) {
                return false;
            }
            entry(handle, ids.next(), buyerId, at, LoyaltyEntryKind.REDEEMED, -points, orderId);
            long left = points;
            for (Lot lot : lots) {
                long take = Math.min(left, lot.remaining());
                if (take == 0) {
                    break;
                }
                handle.createUpdate("UPDATE loyalty_lots SET remaining = remaining - :take WHERE id = :id")
                        .bind("take", take).bind("id", lot.id()).execute();
                handle.createUpdate("INSERT INTO loyalty_lot_uses (order_id, lot_id, points) VALUES (:order, :lot, :points)")
                        .bind("order", orderId).bind("lot", lot.id()).bind("points", take).execute();
                left -= take;
            }
            return true;
        });
    }

    @Override
    public boolean release(UUID orderId, Instant at) {
        return tx.withHandle(handle -> {
            Optional<UUID> buyer = handle.createQuery("""
                            SELECT buyer_id FROM loyalty_entries r
                            WHERE r.order_id = :order AND r.kind = 'REDEEMED'
                              AND NOT EXISTS (SELECT 1 FROM loyalty_entries g
                                              WHERE g.order_id = :order AND g.kind = 'RELEASED')""")
                    .bind("order", orderId).mapTo(UUID.class).findOne();
            if (buyer.isEmpty()) {
                return false;
            }
            long points = handle.createQuery("""
                            UPDATE loyalty_lots l SET remaining = l.remaining + u.points
                            FROM loyalty_lot_uses u
                            WHERE u.order_id = :order AND u.lot_id = l.id
                            RETURNING u.points""")
                    .bind("order", orderId).mapTo(Long.class).list().stream().mapToLong(Long::longValue).sum();
            entry(handle, ids.next(), buyer.get(), at, LoyaltyEntryKind.RELEASED, points, orderId);
            return true;
        });
    }

    @Override
    public int expireDue(Instant now, int limit) {
        return tx.withHandle(handle -> {
            List<ExpiringLot> due = handle.createQuery("""
                            SELECT id, buyer_id, remaining FROM loyalty_lots
                            WHERE remaining > 0 AND expires_at <= :now
                            ORDER BY expires_at, id
                            LIMIT :limit
                            FOR UPDATE SKIP LOCKED""")
                    .bind("now", now).bind("limit", limit)
                    .map((rs, ctx) -> new ExpiringLot(rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class),
                            rs.getLong("remaining")))
                    .list();
            for (ExpiringLot lot : due) {
                handle.createUpdate("UPDATE loyalty_lots SET remaining = 0 WHERE id = :id").bind("id", lot.id()).execute();
                entry(handle, ids.next(), lot.buyerId(), now, LoyaltyEntryKind.EXPIRED, -lot.remaining(), null);
            }
            return due.size();
        });
    }

    private static void entry(Handle handle, UUID id, UUID buyerId, Instant at, LoyaltyEntryKind kind, long points,
                              UUID orderId) {
        handle.createUpdate("""
                        INSERT INTO loyalty_entries (id, buyer_id, at, kind, points, order_id)
                        VALUES (:id, :buyer, :at, :kind, :points, CAST(:order AS uuid))""")
                .bind("id", id).bind("buyer", buyerId).bind("at", at).bind("kind", kind.name())
                .bind("points", points).bind("order", orderId).execute();
    }

    private record Lot(UUID id, long remaining) {
    }

    private record ExpiringLot(UUID id, UUID buyerId, long remaining) {
    }
}
