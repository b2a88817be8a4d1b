package com.pakashop.adapter.persistence;


import com.pakashop.application.audit.AuditEntry;
import com.pakashop.application.audit.AuditLog;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The audit log table; the database itself refuses updates and deletes (migration V4). */
public final class JdbiAuditLog implements AuditLog {
    private final JdbiTransactions tx;

    public JdbiAuditLog(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void record(AuditEntry entry) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO audit_log (id, occurred_at, action, actor, subject, ip, request_id, detail)
                        VALUES (:id, :at, :action, :actor, :subject, :ip, :requestId, CAST(:detail AS jsonb))""")
                .bind("id", entry.id()).bind("at", entry.at()).bind("action", entry.action())
                .bind("actor", entry.actor()).bind("subject", entry.subject()).bind("ip", entry.ip())
                .bind("requestId", entry.requestId()).bind("detail", PayloadJson.write(entry.detail()))
                .execute());
    }

    /** Newest first: {@code after} is the last id of the previous page. */
    @Override
    public List<AuditEntry> search(AuditQuery query, Optional<UUID> after, int limit) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id, occurred_at, action, actor, subject, ip, request_id, detail::text AS detail
                        FROM audit_log
                        WHERE (CAST(:after AS uuid) IS NULL OR id < CAST(:after AS uuid))
                          AND (CAST(:action AS text) IS NULL OR action = :action)
                          AND (CAST(:actor AS text) IS NULL OR actor = :actor)
                          AND (CAST(:subject AS text) IS NULL OR subject = :subject)
                        ORDER BY id DESC
                        LIMIT :limit""")
                .bind("after", after.orElse(null))
                .bind("action", query.action().orElse(null))
                .bind("actor", query.actor().orElse(null))
                .bind("subject", query.subject().orElse(null))
                .bind("limit", limit)
                .map((rs, ctx) -> new AuditEntry(rs.getObject("id", UUID.class),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("action"),
                        rs.getString("actor"), rs.getString("subject"), rs.getString("ip"), rs.getString("request_id"),
                        PayloadJson.read(rs.getString("detail"))))
                .list());
    }
}
