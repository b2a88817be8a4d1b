package com.pakashop.adapter.persistence;


import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pakashop.application.fraud.FraudCases;
import com.pakashop.domain.fraud.FraudCase;
import com.pakashop.domain.fraud.Reason;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The fraud review queue; reasons are kept as JSON beside the score they add up to. */
public final class JdbiFraudCases implements FraudCases {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<Map<String, Object>>> REASONS = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, buyer_id, order_ids, currency, amount, score, reasons, status, reviewer, note, created_at, decided_at,
            version""";

    private final JdbiTransactions tx;

    public JdbiFraudCases(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(FraudCase c) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO fraud_cases (id, buyer_id, order_ids, currency, amount, score, reasons, status,
                                                 created_at, version)
                        VALUES (:id, :buyer, :orders, :currency, :amount, :score, CAST(:reasons AS jsonb), :status,
                                :created, 0)""")
                .bind("id", c.id()).bind("buyer", c.buyerId()).bindArray("orders", UUID.class, c.orderIds())
                .bind("currency", c.amount().currency().getCurrencyCode()).bind("amount", c.amount().minor())
                .bind("score", c.score()).bind("reasons", write(c.reasons())).bind("status", c.status().name())
                .bind("created", c.createdAt()).execute());
    }

    @Override
    public Optional<FraudCase> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM fraud_cases WHERE id = :id", id);
    }

    @Override
    public Optional<FraudCase> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM fraud_cases WHERE id = :id FOR UPDATE", id);
    }

    @Override
    public List<FraudCase> find(Optional<FraudCase.Status> status, Optional<UUID> before, int limit) {
        return ReviewQueues.page(tx, "fraud_cases", COLUMNS, status, before, limit, (rs, ctx) -> fraudCase(rs));
    }

    @Override
    public Optional<FraudCase> approvedFor(List<UUID> orderIds) {
        return tx.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS
                        + " FROM fraud_cases WHERE status = 'APPROVED' AND order_ids && :orders LIMIT 1")
                .bindArray("orders", UUID.class, orderIds).map((rs, ctx) -> fraudCase(rs)).findOne());
    }

    @Override
    public FraudCase update(FraudCase before, FraudCase after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE fraud_cases SET status = :status, reviewer = :reviewer, note = :note,
                                   decided_at = :decided, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("status", after.status().name()).bind("reviewer", after.reviewer().orElse(null))
                    .bind("note", after.note().orElse(null))
                    .bind("decided", after.decidedAt().orElse(null))
                    .bind("id", after.id()).bind("version", before.version()).execute();
            if (updated != 1) {
                throw new Conflict("Fraud case " + after.id() + " was decided meanwhile; reload it");
            }
            return new FraudCase(after.id(), after.buyerId(), after.orderIds(), after.amount(), after.score(),
                    after.reasons(), after.status(), after.reviewer(), after.note(), after.createdAt(), after.decidedAt(),
                    before.version() + 1);
        });
    }

    private Optional<FraudCase> one(String sql, UUID id) {
        return tx.withHandle(handle -> handle.createQuery(sql).bind("id", id).map((rs, ctx) -> fraudCase(rs)).findOne());
    }

    private static FraudCase fraudCase(ResultSet rs) throws SQLException {
        UUID[] orders = (UUID[]) rs.getArray("order_ids").getArray();
        return new FraudCase(rs.getObject("id", UUID.class), rs.getObject("buyer_id", UUID.class), Arrays.asList(orders),
                new Money(rs.getLong("amount"), Currency.getInstance(rs.getString("currency"))), rs.getInt("score"),
                read(rs.getString("reasons")), FraudCase.Status.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("reviewer")), Optional.ofNullable(rs.getString("note")),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                Optional.ofNullable(rs.getObject("decided_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                rs.getInt("version"));
    }

    private static String write(List<Reason> reasons) {
        try {
            return MAPPER.writeValueAsString(reasons.stream().map(r -> Map.of("rule", r.rule(), "evidence", r.evidence(),
                    "contribution", r.contribution())).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reasons always serialise", e);
        }
    }

    private static List<Reason> read(String json) {
        try {
            return MAPPER.readValue(json, REASONS).stream().map(m -> new Reason((String) m.get("rule"),
                    (String) m.get("evidence"), ((Number) m.get("contribution")).intValue())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reasons are unreadable", e);
        }
    }
}
