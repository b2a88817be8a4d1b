package com.pakashop.adapter.persistence;


import com.pakashop.application.fraud.FraudHistory;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What fraud screening reads, each in one indexed query. */
public final class JdbiFraudHistory implements FraudHistory {
    private static final List<String> PAID = List.of("PAID", "CONFIRMED", "OUT_FOR_DELIVERY", "DELIVERED");

    private final JdbiTransactions tx;

    public JdbiFraudHistory(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public BuyerRecord buyer(UUID buyerId, List<UUID> shopIds, Instant failedSince) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT u.created_at,
                               (SELECT count(*) FROM orders o WHERE o.buyer_id = u.id AND o.status = ANY(:paid)) AS paid,
                               (SELECT avg(o.total) FROM orders o WHERE o.buyer_id = u.id AND o.status = ANY(:paid))
                                   AS average,
                               (SELECT count(DISTINCT p.payer_phone) FROM payments p
                                 WHERE p.buyer_id = u.id AND p.status = 'FAILED' AND p.created_at >= :since) AS failed,
                               ARRAY(SELECT s.owner_id FROM shops s WHERE s.id = ANY(:shops)) AS owners,
                               ARRAY(SELECT s.payout_number FROM shops s WHERE s.id = ANY(:shops)) AS payouts
                        FROM users u WHERE u.id = :buyer""")
                .bind("buyer", buyerId).bindArray("paid", String.class, PAID).bind("since", failedSince)
                .bindArray("shops", UUID.class, shopIds)
                .map((rs, ctx) -> new BuyerRecord(rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getLong("paid"), Optional.ofNullable(rs.getBigDecimal("average"))
                        .map(avg -> Money.zmw(avg.longValue())), rs.getLong("failed"),
                        Arrays.asList((UUID[]) rs.getArray("owners").getArray()),
                        Arrays.asList((String[]) rs.getArray("payouts").getArray())))
                .one());
    }

    @Override
    public Optional<Money> platformAverage(Instant since) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT avg(total) FROM orders WHERE status = ANY(:paid) AND created_at >= :since")
                .bindArray("paid", String.class, PAID).bind("since", since)
                .map((rs, ctx) -> Optional.ofNullable(rs.getBigDecimal(1)).map(avg -> Money.zmw(avg.longValue())))
                .one());
    }
}
