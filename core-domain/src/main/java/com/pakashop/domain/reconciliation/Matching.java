package com.pakashop.domain.reconciliation;

import com.pakashop.domain.shared.Money;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Matches statement lines, one at a time as they are read, against our records of the period:
 * by the provider's id first, then by our reference. Only discrepancies are kept; matches are
 * counted, so a million matching lines cost no more memory than the records themselves. What our
 * books say completed but no line showed is MISSING_AT_PROVIDER when {@link #finish()} is called.
 */
public final class Matching {
    private final Map<String, InternalRecord> byProviderId = new HashMap<>();
    private final Map<String, InternalRecord> byOurId = new HashMap<>();
    private final Set<UUID> seen = new HashSet<>();
    private final Map<DiscrepancyClass, long[]> totals = new EnumMap<>(DiscrepancyClass.class);
    private final List<Finding> discrepancies = new ArrayList<>();
    private final List<InternalRecord> records;

    public Matching(List<InternalRecord> records) {
        this.records = records;
        for (InternalRecord record : records) {
            record.providerId().ifPresent(id -> byProviderId.put(id, record));
            byOurId.put(record.id().toString(), record);
        }
        for (DiscrepancyClass kind : DiscrepancyClass.values()) {
            totals.put(kind, new long[2]);
        }
    }

    public DiscrepancyClass accept(StatementRow row) {
        Optional<InternalRecord> found = Optional.ofNullable(byProviderId.get(row.providerId()))
                .or(() -> Optional.ofNullable(byOurId.get(row.providerId())))
                .or(() -> row.ourReference().map(byOurId::get));
        if (found.isEmpty()) {
            return note(new Finding(DiscrepancyClass.MISSING_INTERNALLY, Optional.of(row), Optional.empty(),
                    "no " + row.kind().name().toLowerCase(Locale.ROOT) + " of ours has this id or reference"));
        }
        InternalRecord record = found.get();
        if (!seen.add(record.id())) {
            return note(new Finding(DiscrepancyClass.DUPLICATE, Optional.of(row), found,
                    "a second line for " + record.kind() + " " + record.id()));
        }
        if (record.amount() != row.amount() || !record.currency().equals(row.currency())) {
            return note(new Finding(DiscrepancyClass.AMOUNT_MISMATCH, Optional.of(row), found, "statement "
                    + Money.zmw(row.amount()).toDecimalString() + " " + row.currency() + ", ours "
                    + Money.zmw(record.amount()).toDecimalString() + " "
                    + record.currency()));
        }
        if (record.outcome() != row.outcome()) {
            return note(new Finding(DiscrepancyClass.STATUS_MISMATCH, Optional.of(row), found,
                    "statement " + row.outcome() + ", ours " + record.outcome()));
        }
        return note(new Finding(DiscrepancyClass.MATCHED, Optional.of(row), found, ""));
    }

    /** Adds what our books say completed that no statement line showed. */
    public Result finish() {
        for (InternalRecord record : records) {
            if (record.outcome() == TransferOutcome.COMPLETED && !seen.contains(record.id())) {
                note(new Finding(DiscrepancyClass.MISSING_AT_PROVIDER, Optional.empty(), Optional.of(record),
                        "our books say this " + record.kind().name().toLowerCase(Locale.ROOT)
                                + " completed; the statement has no line for it"));
            }
        }
        Map<DiscrepancyClass, Long> counts = new EnumMap<>(DiscrepancyClass.class);
        Map<DiscrepancyClass, Long> sums = new EnumMap<>(DiscrepancyClass.class);
        totals.forEach((kind, total) -> {
            counts.put(kind, total[0]);
            sums.put(kind, total[1]);
        });
        return new Result(counts, sums, List.copyOf(discrepancies));
    }

    private DiscrepancyClass note(Finding finding) {
        long[] total = totals.get(finding.kind());
        total[0]++;
        total[1] += finding.amount();
        if (finding.kind() != DiscrepancyClass.MATCHED) {
            discrepancies.add(finding);
        }
        return finding.kind();
    }

    /** Counts and sums (minor units) per class, and every finding that is not a match. */
    public record Result(Map<DiscrepancyClass, Long> counts, Map<DiscrepancyClass, Long> sums, List<Finding> discrepancies) {
        public boolean allMatched() {
            return discrepancies.isEmpty();
        }
    }
}
