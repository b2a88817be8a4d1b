package com.pakashop.domain.reconciliation;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A finding that is not a match, as stored with its run, and how finance resolved it. */
public record StoredDiscrepancy(UUID id, UUID runId, DiscrepancyClass kind, Optional<Long> line,
                                Optional<String> providerId, Optional<UUID> ourId, Optional<TransferKind> transfer,
                                Optional<Long> statementAmount, Optional<Long> ourAmount, String detail,
                                Optional<Resolution> resolution) {

    public record Resolution(String by, String note, Instant at) {
    }
}
