package com.pakashop.adapter.persistence;


import com.pakashop.application.payments.Refunds;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Refunds of payments, keyed for idempotent requests. */
public final class JdbiRefunds implements Refunds {
    private static final String COLUMNS = """
            id, payment_id, order_id, currency, amount, cause, reason, requested_by, provider, provider_reference,
            status, failure, created_at, updated_at, version""";

    private final JdbiTransactions tx;

    public JdbiRefunds(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(Refund refund, String requestKey) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO refunds (id, payment_id, order_id, request_key, currency, amount, cause, reason,
                                             requested_by, provider, provider_reference, status, failure, created_at,
                                             updated_at, version)
                        VALUES (:id, :payment, :order, :key, :currency, :amount, :cause, :reason, :by, :provider,
                                :reference, :status, :failure, :created, :updated, 0)""")
                .bind("id", refund.id()).bind("payment", refund.paymentId()).bind("order", refund.orderId())
                .bind("key", requestKey).bind("currency", refund.amount().currency().getCurrencyCode())
                .bind("amount", refund.amount().minor()).bind("cause", refund.cause().name())
                .bind("reason", refund.reason()).bind("by", refund.requestedBy()).bind("provider", refund.provider())
                .bind("reference", refund.providerReference().orElse(null)).bind("status", refund.status().name())
                .bind("failure", refund.failure().orElse(null)).bind("created", refund.createdAt())
                .bind("updated", refund.updatedAt()).execute());
    }

    @Override
    public Optional<Refund> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM refunds WHERE id = :id", Map.of("id", id));
    }

    @Override
    public Optional<Refund> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM refunds WHERE id = :id FOR UPDATE", Map.of("id", id));
    }

    @Override
    public Optional<Refund> byRequestKey(UUID paymentId, String requestKey) {
        return one("SELECT " + COLUMNS + " FROM refunds WHERE payment_id = :payment AND request_key = :key",
                Map.of("payment", paymentId, "key", requestKey));
    }

    @Override
    public List<Refund> ofPayment(UUID paymentId) {
        return list("SELECT " + COLUMNS + " FROM refunds WHERE payment_id = :payment ORDER BY created_at, id",
                Map.of("payment", paymentId));
    }

    @Override
    public List<Refund> ofOrder(UUID orderId) {
        return list("SELECT " + COLUMNS + " FROM refunds WHERE order_id = :order ORDER BY created_at, id",
                Map.of("order", orderId));
    }

    @Override
    public Refund update(Refund before, Refund after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE refunds SET provider_reference = :reference, status = :status, failure = :failure,
                                   updated_at = :updated, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("reference", after.providerReference().orElse(null)).bind("status", after.status().name())
                    .bind("failure", after.failure().orElse(null)).bind("updated", after.updatedAt())
                    .bind("id", after.id()).bind("version", before.version()).execute();
            if (updated != 1) {
                throw new Conflict("Refund " + after.id() + " was changed meanwhile; try again");
            }
            return new Refund(after.id(), after.paymentId(), after.orderId(), after.amount(), after.cause(),
                    after.reason(), after.requestedBy(), after.provider(), after.providerReference(), after.status(),
                    after.failure(), after.createdAt(), after.updatedAt(), before.version() + 1);
        });
    }

    @Override
    public List<Refund> awaitingProviderSince(Instant since, int limit) {
        return list("SELECT " + COLUMNS + """
                 FROM refunds WHERE status IN ('REQUESTED', 'PENDING') AND updated_at < :since
                ORDER BY updated_at LIMIT :limit""", Map.of("since", since, "limit", limit));
    }

    private Optional<Refund> one(String sql, Map<String, Object> binds) {
        return list(sql, binds).stream().findFirst();
    }

    private List<Refund> list(String sql, Map<String, Object> binds) {
        return tx.withHandle(handle -> handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> refund(rs)).list());
    }

    private static Refund refund(ResultSet rs) throws SQLException {
        return new Refund(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class),
                rs.getObject("order_id", UUID.class),
                new Money(rs.getLong("amount"), Currency.getInstance(rs.getString("currency"))),
                Refund.Cause.valueOf(rs.getString("cause")), rs.getString("reason"), rs.getString("requested_by"),
                rs.getString("provider"), Optional.ofNullable(rs.getString("provider_reference")),
                RefundStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("failure")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
