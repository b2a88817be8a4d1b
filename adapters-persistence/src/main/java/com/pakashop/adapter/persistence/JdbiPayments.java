package com.pakashop.adapter.persistence;


import com.pakashop.application.payments.Payments;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.payments.Payment;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Payments with the orders they cover, and the provider events applied to them. */
public final class JdbiPayments implements Payments {
    private static final String COLUMNS = """
            id, buyer_id, currency, amount, method, payer_phone, provider, provider_reference, redirect_url, status,
            failure, refunded, created_at, updated_at, version""";

    private final JdbiTransactions tx;

    public JdbiPayments(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void lockBuyer(UUID buyerId) {
        tx.withHandle(handle -> handle.createQuery("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .bind("key", "payment-initiation:" + buyerId).mapTo(String.class).one());
    }

    @Override
    public void add(Payment payment) {
        tx.withHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO payments (id, buyer_id, currency, amount, method, payer_phone, provider,
                                                  provider_reference, redirect_url, status, failure, refunded, created_at,
                                                  updated_at, version)
                            VALUES (:id, :buyer, :currency, :amount, :method, :phone, :provider, :reference, :redirect,
                                    :status, :failure, :refunded, :created, :updated, 0)""")
                    .bind("id", payment.id()).bind("buyer", payment.buyerId())
                    .bind("currency", payment.amount().currency().getCurrencyCode())
                    .bind("amount", payment.amount().minor()).bind("method", payment.method().name())
                    .bind("phone", payment.payer().map(PhoneNumber::e164).orElse(null))
                    .bind("provider", payment.provider())
                    .bind("reference", payment.providerReference().orElse(null))
                    .bind("redirect", payment.redirectUrl().orElse(null)).bind("status", payment.status().name())
                    .bind("failure", payment.failure().orElse(null)).bind("refunded", payment.refunded().minor())
                    .bind("created", payment.createdAt()).bind("updated", payment.updatedAt())
                    .execute();
            PreparedBatch orders = handle.prepareBatch(
                    "INSERT INTO payment_orders (payment_id, order_id, amount) VALUES (:payment, :order, :amount)");
            payment.orders().forEach(share -> orders.bind("payment", payment.id()).bind("order", share.orderId())
                    .bind("amount", share.amount().minor()).add());
            return orders.execute();
        });
    }

    @Override
    public Optional<Payment> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM payments WHERE id = :id", id);
    }

    @Override
    public Optional<Payment> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM payments WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public Optional<Payment> awaitingProviderFor(List<UUID> orderIds) {
        // from the orders' few payments, not from every waiting payment: a provider outage leaves thousands waiting
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM payments WHERE id = (" + """
                SELECT p.id FROM payment_orders po JOIN payments p ON p.id = po.payment_id
                 WHERE po.order_id = ANY(:orders) AND p.status IN ('INITIATED', 'PENDING')
                 ORDER BY p.created_at DESC LIMIT 1)""", Map.of("orders", orderIds.toArray(new UUID[0])))
                .stream().findFirst());
    }

    @Override
    public Optional<Payment> latestFor(UUID orderId) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + " FROM payments WHERE id = (" + """
                SELECT p.id FROM payment_orders po JOIN payments p ON p.id = po.payment_id
                 WHERE po.order_id = :order ORDER BY p.created_at DESC, p.id DESC LIMIT 1)""",
                Map.of("order", orderId)).stream().findFirst());
    }

    @Override
    public Payment update(Payment before, Payment after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE payments SET provider = :provider, provider_reference = :reference,
                                   redirect_url = :redirect, status = :status, failure = :failure, refunded = :refunded,
                                   updated_at = :updated, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("provider", after.provider()).bind("reference", after.providerReference().orElse(null))
                    .bind("redirect", after.redirectUrl().orElse(null)).bind("status", after.status().name())
                    .bind("failure", after.failure().orElse(null)).bind("refunded", after.refunded().minor())
                    .bind("updated", after.updatedAt()).bind("id", after.id()).bind("version", before.version())
                    .execute();
            if (updated != 1) {
                throw new Conflict("Payment " + after.id() + " was changed meanwhile; try again");
            }
            return new Payment(after.id(), after.buyerId(), after.orders(), after.amount(), after.method(),
                    after.payer(), after.provider(), after.providerReference(), after.redirectUrl(), after.status(),
                    after.failure(), after.refunded(), after.createdAt(), after.updatedAt(), before.version() + 1);
        });
    }

    @Override
    public boolean firstDelivery(ProviderEvent event, String applied, Instant at) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO provider_events (provider, event_id, subject, subject_id, outcome, applied, received_at)
                        VALUES (:provider, :event, :subject, :payment, :outcome, :applied, :at)
                        ON CONFLICT (provider, event_id) DO NOTHING""")
                .bind("provider", event.provider()).bind("event", event.eventId()).bind("subject", event.subject().name())
                .bind("payment", event.subjectId())
                .bind("outcome", event.outcome().name()).bind("applied", applied).bind("at", at)
                .execute()) == 1;
    }

    @Override
    public List<Payment> awaitingProviderSince(Instant since, int limit) {
        return tx.withHandle(handle -> load(handle, "SELECT " + COLUMNS + """
                 FROM payments
                WHERE status IN ('INITIATED', 'PENDING') AND created_at < :since
                ORDER BY created_at LIMIT :limit""", Map.of("since", since, "limit", limit)));
    }

    private Optional<Payment> one(String sql, UUID id) {
        return tx.withHandle(handle -> load(handle, sql, Map.of("id", id)).stream().findFirst());
    }

    private static List<Payment> load(Handle handle, String sql, Map<String, Object> binds) {
        List<Row> rows = handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> row(rs)).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Payment.OrderAmount>> shares = handle.createQuery("""
                        SELECT po.payment_id, po.order_id, po.amount, p.currency
                        FROM payment_orders po JOIN payments p ON p.id = po.payment_id
                        WHERE po.payment_id = ANY(:ids) ORDER BY po.payment_id, po.order_id""")
                .bindArray("ids", UUID.class, rows.stream().map(Row::id).toList())
                .reduceRows(new LinkedHashMap<UUID, List<Payment.OrderAmount>>(), (map, row) -> {
                    map.computeIfAbsent(row.getColumn("payment_id", UUID.class), k -> new ArrayList<>())
                            .add(new Payment.OrderAmount(row.getColumn("order_id", UUID.class),
                                    new Money(row.getColumn("amount", Long.class),
                                            Currency.getInstance(row.getColumn("currency", String.class)))));
                    return map;
                });
        return rows.stream().map(r -> new Payment(r.id(), r.buyerId(), shares.get(r.id()), r.amount(), r.method(),
                r.payer(), r.provider(), r.providerReference(), r.redirectUrl(), r.status(), r.failure(), r.refunded(),
                r.createdAt(), r.updatedAt(), r.version())).toList();
    }

    private static Row row(ResultSet rs) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency"));
        return new Row(rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class),
                new Money(rs.getLong("amount"), currency), PaymentMethod.valueOf(rs.getString("method")),
                Optional.ofNullable(rs.getString("payer_phone")).map(PhoneNumber::new), rs.getString("provider"),
                Optional.ofNullable(rs.getString("provider_reference")), Optional.ofNullable(rs.getString("redirect_url")),
                PaymentStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("failure")),
                new Money(rs.getLong("refunded"), currency), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }

    /** A payments row, before its orders are read. */
    private record Row(UUID id, UUID buyerId, Money amount, PaymentMethod method, Optional<PhoneNumber> payer,
                       String provider, Optional<String> providerReference, Optional<String> redirectUrl,
                       PaymentStatus status, Optional<String> failure, Money refunded, Instant createdAt,
                       Instant updatedAt, int version) {
    }
}
