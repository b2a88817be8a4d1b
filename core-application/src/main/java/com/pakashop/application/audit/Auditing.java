package com.pakashop.application.audit;

import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.util.Map;

/** Writes audit entries with ids and times from one place, so use cases only say what happened. */
public final class Auditing {
    private final AuditLog log;
    private final Ids ids;
    private final Clock clock;

    public Auditing(AuditLog log, Ids ids, Clock clock) {
        this.log = log;
        this.ids = ids;
        this.clock = clock;
    }

    public void record(String action, String actor, String subject, RequestContext context, Map<String, String> detail) {
        log.record(new AuditEntry(ids.next(), clock.instant(), action, actor, subject, context.ip(), context.requestId(),
                detail));
    }
}
