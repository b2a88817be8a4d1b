package com.pakashop.application.events;

import com.pakashop.application.audit.AuditEntry;
import com.pakashop.application.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Keeps audit entries in a list, newest last. */
final class RecordingAuditLog implements AuditLog {
    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public List<AuditEntry> search(AuditQuery query, Optional<UUID> after, int limit) {
        return List.copyOf(entries);
    }
}
