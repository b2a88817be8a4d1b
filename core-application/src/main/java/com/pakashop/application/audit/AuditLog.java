package com.pakashop.application.audit;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Append-only record of security and administrative events; nothing in it is ever changed. */
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> search(AuditQuery query, Optional<UUID> after, int limit);

    record AuditQuery(Optional<String> action, Optional<String> actor, Optional<String> subject) {
    }
}
