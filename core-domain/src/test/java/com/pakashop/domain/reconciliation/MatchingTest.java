package com.pakashop.domain.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchingTest {
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    @Test
    void linesMatchByTheProvidersIdFirstThenByOurReference() {
        InternalRecord refund = record(TransferKind.REFUND, Optional.of("FLW-RF-991"), 5_000, TransferOutcome.COMPLETED);
        InternalRecord payout = record(TransferKind.PAYOUT, Optional.empty(), 27_000, TransferOutcome.COMPLETED);
        Matching matching = new Matching(List.of(refund, payout));

        DiscrepancyClass byProviderId = matching.accept(row(2, "FLW-RF-991", Optional.empty(), 5_000, TransferOutcome.COMPLETED));
        DiscrepancyClass byReference = matching.accept(row(3, "4471023", Optional.of(payout.id().toString()), 27_000,
                TransferOutcome.COMPLETED));
        Matching.Result result = matching.finish();

        assertThat(byProviderId).isEqualTo(DiscrepancyClass.MATCHED);
        assertThat(byReference).isEqualTo(DiscrepancyClass.MATCHED);
        assertThat(result.allMatched()).isTrue();
        assertThat(result.counts().get(DiscrepancyClass.MATCHED)).isEqualTo(2);
        assertThat(result.sums().get(DiscrepancyClass.MATCHED)).isEqualTo(32_000);
    }

    @Test
    void everyClassIsFoundAndOnlyCompletedRecordsAreExpectedAtTheProvider() {
        InternalRecord paid = record(TransferKind.COLLECTION, Optional.empty(), 15_000, TransferOutcome.COMPLETED);
        InternalRecord pending = record(TransferKind.COLLECTION, Optional.empty(), 9_000, TransferOutcome.PENDING);
        InternalRecord failed = record(TransferKind.COLLECTION, Optional.empty(), 1_000, TransferOutcome.FAILED);
        InternalRecord missing = record(TransferKind.PAYOUT, Optional.empty(), 4_500, TransferOutcome.COMPLETED);
        InternalRecord other = record(TransferKind.COLLECTION, Optional.empty(), 2_000, TransferOutcome.COMPLETED);
        Matching matching = new Matching(List.of(paid, pending, failed, missing, other));

        assertThat(matching.accept(row(2, paid.id().toString(), Optional.empty(), 15_000, TransferOutcome.COMPLETED)))
                .isEqualTo(DiscrepancyClass.MATCHED);
        assertThat(matching.accept(row(3, paid.id().toString(), Optional.empty(), 15_000, TransferOutcome.COMPLETED)))
                .isEqualTo(DiscrepancyClass.DUPLICATE);
        assertThat(matching.accept(row(4, pending.id().toString(), Optional.empty(), 9_000, TransferOutcome.COMPLETED)))
                .isEqualTo(DiscrepancyClass.STATUS_MISMATCH);
        assertThat(matching.accept(row(5, other.id().toString(), Optional.empty(), 2_001, TransferOutcome.COMPLETED)))
                .isEqualTo(DiscrepancyClass.AMOUNT_MISMATCH);
        assertThat(matching.accept(row(6, UUID.randomUUID().toString(), Optional.empty(), 700, TransferOutcome.COMPLETED)))
                .isEqualTo(DiscrepancyClass.MISSING_INTERNALLY);
        Matching.Result result = matching.finish();

        assertThat(result.discrepancies()).extracting(Finding::kind).containsExactly(DiscrepancyClass.DUPLICATE,
                DiscrepancyClass.STATUS_MISMATCH, DiscrepancyClass.AMOUNT_MISMATCH, DiscrepancyClass.MISSING_INTERNALLY,
                DiscrepancyClass.MISSING_AT_PROVIDER);
        assertThat(result.discrepancies().get(4).record()).contains(missing);
        assertThat(result.counts().get(DiscrepancyClass.MISSING_AT_PROVIDER)).as("the failed one is not expected").isEqualTo(1);
    }

    private static InternalRecord record(TransferKind kind, Optional<String> providerId, long amount, TransferOutcome outcome) {
        return new InternalRecord(kind, UUID.randomUUID(), providerId, amount, "ZMW", outcome);
    }

    private static StatementRow row(long line, String id, Optional<String> reference, long amount, TransferOutcome outcome) {
        return new StatementRow(line, id, reference, TransferKind.COLLECTION, amount, "ZMW", outcome, AT);
    }
}
