package com.pakashop.application.reconciliation;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.reconciliation.InternalRecord;
import com.pakashop.domain.reconciliation.Matching;
import com.pakashop.domain.reconciliation.ReconciliationRun;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Compares a provider's statement for some Lusaka days with our books. Our records are loaded
 * first, the statement is then read and matched as it streams, and only when the whole file has
 * read cleanly are the run and its discrepancies stored, in one transaction: a statement refused
 * at any line leaves nothing behind. Lines dated outside the period are counted, not compared.
 */
public final class ReconcilingStatements {
    private static final long MAX_DAYS = 92;
    private static final long PROGRESS_EVERY = 100_000;

    private final ReconciliationStore store;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public ReconcilingStatements(ReconciliationStore store, Auditing audit, Transactions tx, Ids ids, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    public Report reconcile(StatementFormat format, LocalDate from, LocalDate to, InputStream statement, String source,
                            String actor, Progress progress) {
        if (to.isBefore(from)) {
            throw ValidationFailed.of("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ValidationFailed.of("to", "a run covers at most " + MAX_DAYS + " days");
        }
        Instant start = from.atStartOfDay(LUSAKA).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(LUSAKA).toInstant();
        List<InternalRecord> records = tx.inTransaction(() -> store.internalRecords(format.provider(), start, end));
        progress.loaded(records.size());
        Matching matching = new Matching(records);
        long[] outside = new long[1];
        long lines = format.read(statement, row -> {
            if (row.at().isBefore(start) || !row.at().isBefore(end)) {
                outside[0]++;
            } else {
                matching.accept(row);
            }
            if (row.line() % PROGRESS_EVERY == 0) {
                progress.read(row.line());
            }
        });
        Matching.Result result = matching.finish();
        ReconciliationRun run = new ReconciliationRun(ids.next(), format.provider(), from, to, source, lines, outside[0],
                records.size(), result.counts(), result.sums(), actor, clock.instant());
        tx.inTransaction(() -> {
            store.save(run, result.discrepancies());
            audit.record("RECONCILIATION_RUN", actor, "reconciliation:" + run.id(), RequestContext.NONE, Map.of(
                    "provider", format.provider(), "from", from.toString(), "to", to.toString(), "source", source,
                    "lines", Long.toString(lines), "discrepancies", Long.toString(run.discrepancies())));
        });
        return new Report(run, result);
    }

    /** Where a long run is, for the person waiting. */
    public interface Progress {
        Progress NONE = new Progress() {
        };

        default void loaded(long records) {
        }

        default void read(long lines) {
        }
    }

    public record Report(ReconciliationRun run, Matching.Result result) {
    }
}
