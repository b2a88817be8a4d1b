package com.pakashop.adapter.persistence;


import com.pakashop.application.invoicing.InvoiceAttempt;
import com.pakashop.application.invoicing.InvoiceVoid;
import com.pakashop.application.invoicing.Invoices;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.shared.Conflict;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Invoices, their per-branch number counters and their attempt logs. */
public final class JdbiInvoices implements Invoices {
    private static final String COLUMNS = """
            id, kind, source_id, order_id, shop_id, original_id, document::text AS document, status, skip_reason,
            attempts, attempt_budget, next_attempt_at, last_error, receipt::text AS receipt, created_at, updated_at,
            version""";

    private final JdbiTransactions tx;

    public JdbiInvoices(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public long allocateNumber(String tpin, String branchId) {
        return tx.withHandle(handle -> handle.createQuery("""
                        INSERT INTO invoice_sequences (tpin, branch_id, last_number) VALUES (:tpin, :branch, 1)
                        ON CONFLICT (tpin, branch_id) DO UPDATE SET last_number = invoice_sequences.last_number + 1
                        RETURNING last_number""")
                .bind("tpin", tpin).bind("branch", branchId).mapTo(Long.class).one());
    }

    @Override
    public boolean add(Invoice invoice) {
        Optional<InvoiceDocument> document = invoice.document();
        return tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO invoices (id, kind, source_id, order_id, shop_id, original_id, tpin, branch_id, number,
                                              currency, total, document, status, skip_reason, attempts, attempt_budget,
                                              next_attempt_at, last_error, receipt, created_at, updated_at, version)
                        VALUES (:id, :kind, :source, :order, :shop, CAST(:original AS uuid), :tpin, :branch, :number,
                                :currency, CAST(:total AS bigint), CAST(:document AS jsonb), :status, :skip, :attempts,
                                :budget, CAST(:next AS timestamptz), :error, NULL,
                                :created, :updated, 0)
                        ON CONFLICT (kind, source_id) WHERE status <> 'VOIDED' DO NOTHING""")
                .bind("id", invoice.id()).bind("kind", invoice.kind().name()).bind("source", invoice.sourceId())
                .bind("order", invoice.orderId()).bind("shop", invoice.shopId())
                .bind("original", invoice.originalId().map(UUID::toString).orElse(null))
                .bind("tpin", document.map(InvoiceDocument::tpin).orElse(null))
                .bind("branch", document.map(InvoiceDocument::branchId).orElse(null))
                .bind("number", document.map(InvoiceDocument::number).orElse(null))
                .bind("currency", document.map(d -> d.total().currency().getCurrencyCode()).orElse(null))
                .bind("total", document.map(d -> Long.toString(d.total().minor())).orElse(null))
                .bind("document", document.map(InvoiceJson::write).orElse(null))
                .bind("status", invoice.status().name()).bind("skip", invoice.skipReason().orElse(null))
                .bind("attempts", invoice.attempts()).bind("budget", invoice.attemptBudget())
                .bind("next", invoice.nextAttemptAt().map(Instant::toString).orElse(null))
                .bind("error", invoice.lastError().orElse(null)).bind("created", invoice.createdAt())
                .bind("updated", invoice.updatedAt()).execute() == 1);
    }

    @Override
    public Optional<Invoice> byId(UUID id) {
        return one("SELECT " + COLUMNS + " FROM invoices WHERE id = :id", Map.of("id", id));
    }

    @Override
    public Optional<Invoice> byIdForUpdate(UUID id) {
        return one("SELECT " + COLUMNS + " FROM invoices WHERE id = :id FOR UPDATE", Map.of("id", id));
    }

    @Override
    public Optional<Invoice> bySource(InvoiceKind kind, UUID sourceId) {
        return one("SELECT " + COLUMNS + " FROM invoices WHERE kind = :kind AND source_id = :source AND status <> 'VOIDED'",
                Map.of("kind", kind.name(), "source", sourceId));
    }

    @Override
    public List<Invoice> creditNotesOf(UUID saleId) {
        return list("SELECT " + COLUMNS + " FROM invoices WHERE original_id = :sale AND status <> 'VOIDED'"
                        + " ORDER BY created_at, id",
                Map.of("sale", saleId));
    }

    @Override
    public Invoice update(Invoice before, Invoice after) {
        return tx.withHandle(handle -> {
            int updated = handle.createUpdate("""
                            UPDATE invoices SET status = :status, attempts = :attempts, attempt_budget = :budget,
                                   next_attempt_at = CAST(:next AS timestamptz), last_error = :error, receipt = CAST(:receipt AS jsonb),
                                   updated_at = :updated, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("status", after.status().name()).bind("attempts", after.attempts())
                    .bind("budget", after.attemptBudget())
                    .bind("next", after.nextAttemptAt().map(Instant::toString).orElse(null))
                    .bind("error", after.lastError().orElse(null))
                    .bind("receipt", after.receipt().map(InvoiceJson::write).orElse(null))
                    .bind("updated", after.updatedAt()).bind("id", after.id()).bind("version", before.version())
                    .execute();
            if (updated != 1) {
                throw new Conflict("Invoice " + after.id() + " was changed meanwhile; try again");
            }
            return new Invoice(after.id(), after.kind(), after.sourceId(), after.orderId(), after.shopId(),
                    after.originalId(), after.document(), after.status(), after.skipReason(), after.attempts(),
                    after.attemptBudget(), after.nextAttemptAt(), after.lastError(), after.receipt(), after.createdAt(),
                    after.updatedAt(), before.version() + 1);
        });
    }

    @Override
    public Invoice issueSkipped(Invoice before, Invoice after) {
        InvoiceDocument document = after.document().orElseThrow();
        int updated = tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE invoices SET original_id = CAST(:original AS uuid), tpin = :tpin, branch_id = :branch,
                               number = :number, currency = :currency, total = :total, document = CAST(:document AS jsonb),
                               status = :status, skip_reason = NULL, attempts = 0, attempt_budget = :budget,
                               next_attempt_at = :next, updated_at = :updated, version = version + 1
                         WHERE id = :id AND version = :version AND status = 'SKIPPED'""")
                .bind("original", after.originalId().map(UUID::toString).orElse(null))
                .bind("tpin", document.tpin()).bind("branch", document.branchId()).bind("number", document.number())
                .bind("currency", document.total().currency().getCurrencyCode()).bind("total", document.total().minor())
                .bind("document", InvoiceJson.write(document)).bind("status", after.status().name())
                .bind("budget", after.attemptBudget()).bind("next", after.nextAttemptAt().orElseThrow())
                .bind("updated", after.updatedAt()).bind("id", after.id()).bind("version", before.version())
                .execute());
        if (updated != 1) {
            throw new Conflict("Invoice " + after.id() + " was changed meanwhile; try again");
        }
        return byId(after.id()).orElseThrow();
    }

    @Override
    public void recordVoid(InvoiceVoid voided) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO invoice_voids (invoice_id, reason, replaced_by, voided_by, voided_at)
                        VALUES (:invoice, :reason, :replacement, :by, :at)""")
                .bind("invoice", voided.invoiceId()).bind("reason", voided.reason())
                .bind("replacement", voided.replacedBy()).bind("by", voided.voidedBy()).bind("at", voided.voidedAt())
                .execute());
    }

    @Override
    public Optional<InvoiceVoid> voidOf(UUID invoiceId) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT invoice_id, reason, replaced_by, voided_by, voided_at FROM invoice_voids WHERE invoice_id = :id")
                .bind("id", invoiceId)
                .map((rs, ctx) -> new InvoiceVoid(rs.getObject("invoice_id", UUID.class), rs.getString("reason"),
                        rs.getObject("replaced_by", UUID.class), rs.getString("voided_by"),
                        rs.getObject("voided_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    @Override
    public List<UUID> due(Instant now, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id FROM invoices WHERE status = 'PENDING' AND next_attempt_at <= :now
                        ORDER BY next_attempt_at LIMIT :limit""")
                .bind("now", now).bind("limit", limit).mapTo(UUID.class).list());
    }

    @Override
    public void recordAttempt(InvoiceAttempt attempt) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO invoice_attempts (invoice_id, attempt, payload_sha256, result_code, message, accepted, at)
                        VALUES (:invoice, :attempt, :sha, :code, :message, :accepted, :at)""")
                .bind("invoice", attempt.invoiceId()).bind("attempt", attempt.attempt())
                .bind("sha", attempt.payloadSha256()).bind("code", attempt.resultCode())
                .bind("message", attempt.message()).bind("accepted", attempt.accepted()).bind("at", attempt.at())
                .execute());
    }

    @Override
    public List<InvoiceAttempt> attempts(UUID invoiceId) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT invoice_id, attempt, payload_sha256, result_code, message, accepted, at
                        FROM invoice_attempts WHERE invoice_id = :invoice ORDER BY at, attempt""")
                .bind("invoice", invoiceId)
                .map((rs, ctx) -> new InvoiceAttempt(rs.getObject("invoice_id", UUID.class), rs.getInt("attempt"),
                        rs.getString("payload_sha256"), rs.getString("result_code"), rs.getString("message"),
                        rs.getBoolean("accepted"), rs.getObject("at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public List<Invoice> find(Optional<InvoiceStatus> status, Optional<Instant> from, Optional<Instant> to,
                              Optional<UUID> before, int limit) {
        Map<String, Object> binds = new HashMap<>();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM invoices WHERE true");
        status.ifPresent(s -> {
            sql.append(" AND status = :status");
            binds.put("status", s.name());
        });
        from.ifPresent(f -> {
            sql.append(" AND created_at >= :from");
            binds.put("from", f);
        });
        to.ifPresent(t -> {
            sql.append(" AND created_at < :to");
            binds.put("to", t);
        });
        before.ifPresent(b -> {
            sql.append(" AND (created_at, id) < (SELECT created_at, id FROM invoices WHERE id = :before)");
            binds.put("before", b);
        });
        sql.append(" ORDER BY created_at DESC, id DESC LIMIT :limit");
        binds.put("limit", limit);
        return list(sql.toString(), binds);
    }

    private Optional<Invoice> one(String sql, Map<String, Object> binds) {
        return list(sql, binds).stream().findFirst();
    }

    private List<Invoice> list(String sql, Map<String, Object> binds) {
        return tx.withHandle(handle -> handle.createQuery(sql).bindMap(binds).map((rs, ctx) -> invoice(rs)).list());
    }

    private static Invoice invoice(ResultSet rs) throws SQLException {
        OffsetDateTime next = rs.getObject("next_attempt_at", OffsetDateTime.class);
        return new Invoice(rs.getObject("id", UUID.class), InvoiceKind.valueOf(rs.getString("kind")),
                rs.getObject("source_id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getObject("shop_id", UUID.class), Optional.ofNullable(rs.getObject("original_id", UUID.class)),
                Optional.ofNullable(rs.getString("document")).map(InvoiceJson::readDocument),
                InvoiceStatus.valueOf(rs.getString("status")), Optional.ofNullable(rs.getString("skip_reason")),
                rs.getInt("attempts"), rs.getInt("attempt_budget"),
                Optional.ofNullable(next).map(OffsetDateTime::toInstant), Optional.ofNullable(rs.getString("last_error")),
                Optional.ofNullable(rs.getString("receipt")).map(InvoiceJson::readReceipt),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getInt("version"));
    }
}
