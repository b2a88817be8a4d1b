package com.pakashop.application.audit;

import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.Validation;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Administrators read the audit log, newest first, filtered by action, actor or subject. */
public final class ReadingAuditLog {
    public static final int MAX_PAGE = 100;

    private final AuditLog log;

    public ReadingAuditLog(AuditLog log) {
        this.log = log;
    }

    public List<AuditEntry> search(Principal caller, AuditLog.AuditQuery query, Optional<UUID> after, int limit) {
        caller.require(Permission.AUDIT_READ);
        new Validation().require(limit >= 1 && limit <= MAX_PAGE, "limit", "must be between 1 and " + MAX_PAGE)
                .throwIfInvalid();
        return log.search(query, after, limit);
    }
}
