package com.pakashop.application.audit;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** One audit event: what happened, who did it, to whom, from where, in which request. */
public record AuditEntry(UUID id, Instant at, String action, String actor, String subject, String ip, String requestId,
                         Map<String, String> detail) {
    public AuditEntry {
        detail = Map.copyOf(detail);
    }
}
