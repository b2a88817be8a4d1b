package com.pakashop.benchmarks;

import com.pakashop.application.reconciliation.ReconcilingStatements;
import com.pakashop.adapter.statements.ProviderStatements;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.domain.reconciliation.DiscrepancyClass;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Reconciliation of a pawaPay statement against the benchmark database, beside the time to merely
 * read (parse and check) the same file in the same JVM: parse, reconcile, parse again. Peak heap is
 * the sum of the heap pools' peaks, reset before each step. Arguments: statement file, first day,
 * last day. Configured from the environment like the CLI.
 */
public final class ReconciliationBenchmark {
    public static void main(String[] args) throws IOException {
        Path statement = Path.of(args[0]);
        LocalDate from = LocalDate.parse(args[1]);
        LocalDate to = LocalDate.parse(args[2]);
        System.out.printf("parse only (cold): %s%n", parse(statement));
        try (Pakashop pakashop = Pakashop.connect(new ConfigLoader().load(System.getenv()))) {
            System.gc();
            resetPeaks();
            long started = System.nanoTime();
            ReconcilingStatements.Report report;
            try (InputStream in = Files.newInputStream(statement)) {
                report = pakashop.reconciliation().reconciling().reconcile(ProviderStatements.pawaPay(), from, to, in,
                        statement.toAbsolutePath() + "#" + System.nanoTime(), "benchmark",
                        ReconcilingStatements.Progress.NONE);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("reconcile: %d statement lines against %d records in %.2f s, peak heap %d MiB%n",
                    report.run().statementLines(), report.run().internalRecords(), seconds, peakHeapMiB());
            for (DiscrepancyClass kind : DiscrepancyClass.values()) {
                System.out.printf("  %-20s %9d%n", kind, report.result().counts().get(kind));
            }
        }
        System.out.printf("parse only (warm): %s%n", parse(statement));
    }

    private static String parse(Path statement) throws IOException {
        System.gc();
        resetPeaks();
        long[] rows = new long[1];
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(statement)) {
            ProviderStatements.pawaPay().read(in, row -> rows[0]++);
        }
        return String.format("%d lines in %.2f s, peak heap %d MiB", rows[0], (System.nanoTime() - started) / 1e9,
                peakHeapMiB());
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapMiB() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() >> 20;
    }
}
