package com.pakashop.application.reconciliation;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.application.shared.Transactions;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily run for the previous Lusaka day. Neither provider's statement can be fetched by API
 * here, so the job reconciles each statement dropped at {@code <dir>/<provider>/<day>.csv} once,
 * after {@code runAfter} (Lusaka time), and says in the log which statement it is still waiting for.
 */
public final class DailyReconciliation {
    private static final Logger log = LoggerFactory.getLogger(DailyReconciliation.class);

    private final ReconcilingStatements reconciling;
    private final StatementFormats formats;
    private final ReconciliationStore store;
    private final Path directory;
    private final LocalTime runAfter;
    private final Transactions tx;
    private final Clock clock;

    public DailyReconciliation(ReconcilingStatements reconciling, StatementFormats formats, ReconciliationStore store, Path directory,
                               LocalTime runAfter, Transactions tx, Clock clock) {
        this.reconciling = reconciling;
        this.formats = formats;
        this.store = store;
        this.directory = directory;
        this.runAfter = runAfter;
        this.tx = tx;
        this.clock = clock;
    }

    public void runDue() {
        ZonedDateTime now = clock.instant().atZone(LUSAKA);
        if (now.toLocalTime().isBefore(runAfter)) {
            return;
        }
        LocalDate yesterday = now.toLocalDate().minusDays(1);
        for (StatementFormat format : formats.daily()) {
            Path statement = directory.resolve(format.provider().toLowerCase(Locale.ROOT))
                    .resolve(yesterday + ".csv");
            String source = statement.toString();
            if (tx.inTransaction(() -> store.hasRunFrom(source))) {
                continue;
            }
            if (!Files.isRegularFile(statement)) {
                log.warn("No {} statement for {} yet: reconciliation waits for {}", format.provider(), yesterday, statement);
                continue;
            }
            try (InputStream in = Files.newInputStream(statement)) {
                ReconcilingStatements.Report report = reconciling.reconcile(format, yesterday, yesterday, in, source,
                        "system:reconciliation", ReconcilingStatements.Progress.NONE);
                log.info("Reconciled {} for {}: {} discrepancies in {} lines", format.provider(), yesterday,
                        report.run().discrepancies(), report.run().statementLines());
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + statement, e);
            }
        }
    }
}
