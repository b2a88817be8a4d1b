package com.pakashop.domain.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One comparison of a provider's statement for the Lusaka days {@code from}..{@code to} (both
 * included) with our books: how many lines and records were compared, and per class how many
 * findings and what sum (minor units) they concern.
 */
public record ReconciliationRun(UUID id, String provider, LocalDate from, LocalDate to, String source,
                                long statementLines, long outsidePeriod, long internalRecords,
                                Map<DiscrepancyClass, Long> counts, Map<DiscrepancyClass, Long> sums, String startedBy,
                                Instant createdAt) {
    public ReconciliationRun {
        counts = Map.copyOf(counts);
        sums = Map.copyOf(sums);
    }

    public long discrepancies() {
        return counts.entrySet().stream().filter(e -> e.getKey() != DiscrepancyClass.MATCHED)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
