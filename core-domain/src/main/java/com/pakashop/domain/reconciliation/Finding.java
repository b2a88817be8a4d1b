package com.pakashop.domain.reconciliation;

import java.util.Optional;

/** One comparison's result: the statement line and our record (either may be absent), its class and why. */
public record Finding(DiscrepancyClass kind, Optional<StatementRow> row, Optional<InternalRecord> record, String detail) {

    /** The amount the finding is about: the provider's where it has a line, else ours. */
    public long amount() {
        return row.map(StatementRow::amount).orElseGet(() -> record.map(InternalRecord::amount).orElse(0L));
    }
}
