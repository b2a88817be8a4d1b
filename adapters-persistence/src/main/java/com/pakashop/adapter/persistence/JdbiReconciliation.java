package com.pakashop.adapter.persistence;


import com.pakashop.application.reconciliation.ReconciliationStore;
import com.pakashop.domain.payments.PaymentStatus;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.reconciliation.DiscrepancyClass;
import com.pakashop.domain.reconciliation.Finding;
import com.pakashop.domain.reconciliation.InternalRecord;
import com.pakashop.domain.reconciliation.ReconciliationRun;
import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.reconciliation.StoredDiscrepancy;
import com.pakashop.domain.reconciliation.TransferKind;
import com.pakashop.domain.reconciliation.TransferOutcome;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.shared.Ids;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Reconciliation's reads of our payments, refunds and payouts, and its runs and discrepancies. */
public final class JdbiReconciliation implements ReconciliationStore {
    private static final int FETCH = 10_000;
    private static final int BATCH = 5_000;
    private static final String RUN_COLUMNS = """
            id, provider, period_from, period_to, source, statement_lines, outside_period, internal_records,
            counts::text AS counts, sums::text AS sums, started_by, created_at""";
    private static final String DISCREPANCY_COLUMNS = """
            id, run_id, kind, line, provider_id, our_id, transfer, statement_amount, our_amount, detail, resolved_by,
            resolution_note, resolved_at""";

    private final JdbiTransactions tx;
    private final Ids ids;

    public JdbiReconciliation(JdbiTransactions tx, Ids ids) {
        this.tx = tx;
        this.ids = ids;
    }

    @Override
    public List<InternalRecord> internalRecords(String provider, Instant from, Instant to) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT 'COLLECTION' AS kind, id, provider_reference, amount, currency, status FROM payments
                        WHERE provider = :provider AND created_at >= :from AND created_at < :to
                        UNION ALL
                        SELECT 'REFUND', id, provider_reference, amount, currency, status FROM refunds
                        WHERE provider = :provider AND created_at >= :from AND created_at < :to
                        UNION ALL
                        SELECT 'PAYOUT', id, provider_reference, amount, currency, status FROM payouts
                        WHERE provider = :provider AND created_at >= :from AND created_at < :to""")
                .bind("provider", provider).bind("from", from).bind("to", to).setFetchSize(FETCH)
                .map((rs, ctx) -> {
                    TransferKind kind = TransferKind.valueOf(rs.getString("kind"));
                    return new InternalRecord(kind, rs.getObject("id", UUID.class),
                            Optional.ofNullable(rs.getString("provider_reference")), rs.getLong("amount"),
                            rs.getString("currency"), outcome(kind, rs.getString("status")));
                }).list());
    }

    private static TransferOutcome outcome(TransferKind kind, String status) {
        return switch (kind) {
            case COLLECTION -> TransferOutcome.of(PaymentStatus.valueOf(status));
            case REFUND -> TransferOutcome.of(RefundStatus.valueOf(status));
            case PAYOUT -> TransferOutcome.of(PayoutStatus.valueOf(status));
        };
    }

    @Override
    public void save(ReconciliationRun run, List<Finding> discrepancies) {
        tx.withHandle(handle -> {
            handle.createUpdate("""
                            INSERT INTO reconciliation_runs (id, provider, period_from, period_to, source, statement_lines,
                                                             outside_period, internal_records, counts, sums, started_by,
                                                             created_at)
                            VALUES (:id, :provider, :from, :to, :source, :lines, :outside, :records, CAST(:counts AS jsonb),
                                    CAST(:sums AS jsonb), :by, :at)""")
                    .bind("id", run.id()).bind("provider", run.provider()).bind("from", Date.valueOf(run.from()))
                    .bind("to", Date.valueOf(run.to())).bind("source", run.source()).bind("lines", run.statementLines())
                    .bind("outside", run.outsidePeriod()).bind("records", run.internalRecords())
                    .bind("counts", PayloadJson.write(text(run.counts()))).bind("sums", PayloadJson.write(text(run.sums())))
                    .bind("by", run.startedBy()).bind("at", run.createdAt()).execute();
            PreparedBatch batch = handle.prepareBatch("""
                    INSERT INTO reconciliation_discrepancies (id, run_id, position, kind, line, provider_id, our_id,
                                                              transfer, statement_amount, our_amount, detail)
                    VALUES (:id, :run, :position, :kind, :line, :providerId, CAST(:ourId AS uuid), :transfer, :statementAmount,
                            :ourAmount, :detail)""");
            long position = 0;
            for (Finding finding : discrepancies) {
                Optional<StatementRow> row = finding.row();
                Optional<InternalRecord> record = finding.record();
                batch.bind("id", ids.next()).bind("run", run.id()).bind("position", position++)
                        .bind("kind", finding.kind().name()).bindByType("line", row.map(StatementRow::line).orElse(null), Long.class)
                        .bind("providerId", row.map(StatementRow::providerId).or(() -> record.flatMap(InternalRecord::providerId))
                                .orElse(null))
                        .bindByType("ourId", record.map(InternalRecord::id).orElse(null), UUID.class)
                        .bind("transfer", row.map(StatementRow::kind).or(() -> record.map(InternalRecord::kind))
                                .map(Enum::name).orElse(null))
                        .bindByType("statementAmount", row.map(StatementRow::amount).orElse(null), Long.class)
                        .bindByType("ourAmount", record.map(InternalRecord::amount).orElse(null), Long.class)
                        .bind("detail", finding.detail()).add();
                if (position % BATCH == 0) {
                    batch.execute();
                }
            }
            if (batch.size() > 0) {
                batch.execute();
            }
            return position;
        });
    }

    @Override
    public boolean hasRunFrom(String source) {
        return tx.withHandle(handle -> handle.createQuery("SELECT EXISTS (SELECT 1 FROM reconciliation_runs WHERE source = :s)")
                .bind("s", source).mapTo(Boolean.class).one());
    }

    @Override
    public Optional<ReconciliationRun> run(UUID id) {
        return runs("SELECT " + RUN_COLUMNS + " FROM reconciliation_runs WHERE id = :id", Map.of("id", id)).stream()
                .findFirst();
    }

    @Override
    public List<ReconciliationRun> runs(Optional<UUID> before, int limit) {
        Map<String, Object> binds = new HashMap<>();
        binds.put("limit", limit);
        String page = "";
        if (before.isPresent()) {
            page = " WHERE (created_at, id) < (SELECT created_at, id FROM reconciliation_runs WHERE id = :before)";
            binds.put("before", before.get());
        }
        return runs("SELECT " + RUN_COLUMNS + " FROM reconciliation_runs" + page
                + " ORDER BY created_at DESC, id DESC LIMIT :limit", binds);
    }

    @Override
    public List<StoredDiscrepancy> discrepancies(UUID runId, Optional<DiscrepancyClass> kind, Optional<Boolean> resolved,
                                                 Optional<UUID> after, int limit) {
        Map<String, Object> binds = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT " + DISCREPANCY_COLUMNS
                + " FROM reconciliation_discrepancies WHERE run_id = :run");
        binds.put("run", runId);
        binds.put("limit", limit);
        kind.ifPresent(k -> {
            sql.append(" AND kind = :kind");
            binds.put("kind", k.name());
        });
        resolved.ifPresent(r -> sql.append(r ? " AND resolved_at IS NOT NULL" : " AND resolved_at IS NULL"));
        after.ifPresent(a -> {
            sql.append(" AND position > (SELECT position FROM reconciliation_discrepancies WHERE id = :after)");
            binds.put("after", a);
        });
        sql.append(" ORDER BY position LIMIT :limit");
        return discrepancies(sql.toString(), binds);
    }

    @Override
    public Optional<StoredDiscrepancy> discrepancyForUpdate(UUID id) {
        return discrepancies("SELECT " + DISCREPANCY_COLUMNS + " FROM reconciliation_discrepancies WHERE id = :id FOR UPDATE",
                Map.of("id", id)).stream().findFirst();
    }

    @Override
    public void resolve(UUID id, StoredDiscrepancy.Resolution resolution) {
        tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE reconciliation_discrepancies SET resolved_by = :by, resolution_note = :note, resolved_at = :at
                        WHERE id = :id AND resolved_at IS NULL""")
                .bind("by", resolution.by()).bind("note", resolution.note()).bind("at", resolution.at())
                .bind("id", id).execute());
    }

    private List<ReconciliationRun> runs(String sql, Map<String, Object> binds) {
        return tx.withHandle(handle -> handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> run(rs)).list());
    }

    private List<StoredDiscrepancy> discrepancies(String sql, Map<String, Object> binds) {
        return tx.withHandle(handle -> handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> discrepancy(rs)).list());
    }

    private static ReconciliationRun run(ResultSet rs) throws SQLException {
        return new ReconciliationRun(rs.getObject("id", UUID.class), rs.getString("provider"),
                rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getString("source"),
                rs.getLong("statement_lines"), rs.getLong("outside_period"), rs.getLong("internal_records"),
                classes(rs.getString("counts")), classes(rs.getString("sums")), rs.getString("started_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    private static StoredDiscrepancy discrepancy(ResultSet rs) throws SQLException {
        OffsetDateTime resolvedAt = rs.getObject("resolved_at", OffsetDateTime.class);
        Optional<StoredDiscrepancy.Resolution> resolution = resolvedAt == null ? Optional.empty()
                : Optional.of(new StoredDiscrepancy.Resolution(rs.getString("resolved_by"),
                rs.getString("resolution_note"), resolvedAt.toInstant()));
        return new StoredDiscrepancy(rs.getObject("id", UUID.class), rs.getObject("run_id", UUID.class),
                DiscrepancyClass.valueOf(rs.getString("kind")), optionalLong(rs, "line"),
                Optional.ofNullable(rs.getString("provider_id")), Optional.ofNullable(rs.getObject("our_id", UUID.class)),
                Optional.ofNullable(rs.getString("transfer")).map(TransferKind::valueOf),
                optionalLong(rs, "statement_amount"), optionalLong(rs, "our_amount"), rs.getString("detail"), resolution);
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static Map<String, String> text(Map<DiscrepancyClass, Long> values) {
        Map<String, String> text = new HashMap<>();
        values.forEach((k, v) -> text.put(k.name(), Long.toString(v)));
        return text;
    }

    private static Map<DiscrepancyClass, Long> classes(String json) {
        Map<DiscrepancyClass, Long> values = new EnumMap<>(DiscrepancyClass.class);
        PayloadJson.read(json).forEach((k, v) -> values.put(DiscrepancyClass.valueOf(k), Long.parseLong(v)));
        return values;
    }
}
