package com.pakashop.shell.cli;

import com.pakashop.application.reconciliation.ReconcilingStatements;
import com.pakashop.application.reconciliation.StatementFormat;
import com.pakashop.application.reconciliation.StatementFormats;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.domain.reconciliation.DiscrepancyClass;
import com.pakashop.domain.reconciliation.Finding;
import com.pakashop.domain.reconciliation.InternalRecord;
import com.pakashop.domain.reconciliation.StatementRow;
import com.pakashop.domain.shared.Money;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = "Matches a provider's statement for some Lusaka days against our payments, refunds and payouts.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything matched", "1:error (message on stderr); nothing stored", "2:wrong usage",
            "3:discrepancies found (stored, and listed in --out)"})
final class ReconcileCommand implements Callable<Integer> {
    static final int DISCREPANCIES = 3;

    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Option(names = "--provider", required = true, description = "pawapay, flutterwave, or mock (dev: the mock provider, in pawaPay's columns)")
    private String provider;

    @Option(names = "--from", required = true, description = "first Lusaka day, YYYY-MM-DD")
    private String from;

    @Option(names = "--to", required = true, description = "last Lusaka day (included), YYYY-MM-DD")
    private String to;

    @Option(names = "--statement", description = "the provider's CSV export (README: Finance staff)")
    private Path statement;

    @Option(names = "--out", description = "write every discrepancy here as CSV")
    private Path out;

    @Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
            description = "summary as table, csv or json")
    private TabularFormat format;

    @Override
    public Integer call() {
        LocalDate first = day(from, "--from");
        LocalDate last = day(to, "--to");
        if (last.isBefore(first)) {
            throw usage("--to must not be before --from");
        }
        if (statement == null) {
            throw usage("--statement is required: neither provider's statement can be fetched by API here");
        }
        PrintWriter err = spec.commandLine().getErr();
        ReconcilingStatements.Report report;
        try (Pakashop pakashop = cli.migrated(); InputStream in = Files.newInputStream(statement)) {
            StatementFormats formats = pakashop.reconciliation().formats();
            StatementFormat statementFormat = formats.of(provider).orElseThrow(() -> usage(
                    "--provider must be " + formats.names()));
            report = pakashop.reconciliation().reconciling().reconcile(statementFormat, first, last, in,
                    statement.toAbsolutePath().toString(), cli.operator().describe(),
                    new ReconcilingStatements.Progress() {
                        @Override
                        public void loaded(long records) {
                            err.println("loaded " + records + " of our records for " + first + ".." + last);
                            err.flush();
                        }

                        @Override
                        public void read(long lines) {
                            err.println("read " + lines + " statement lines");
                            err.flush();
                        }
                    });
        } catch (NoSuchFileException e) {
            throw ValidationFailed.of("statement", "there is no file at " + statement);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + statement, e);
        }
        if (out != null) {
            writeReport(report.result().discrepancies());
        }
        List<List<String>> rows = new ArrayList<>();
        for (DiscrepancyClass kind : DiscrepancyClass.values()) {
            rows.add(List.of(kind.name(), Long.toString(report.result().counts().get(kind)),
                    Money.zmw(report.result().sums().get(kind)).toDecimalString()));
        }
        format.write(spec.commandLine().getOut(), List.of("class", "count", "amount"), rows);
        err.println("run " + report.run().id() + ": " + report.run().statementLines() + " lines ("
                + report.run().outsidePeriod() + " outside the period), " + report.run().internalRecords()
                + " of our records, " + report.run().discrepancies() + " discrepancies");
        err.flush();
        return report.result().allMatched() ? 0 : DISCREPANCIES;
    }

    private void writeReport(List<Finding> findings) {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.write("class,line,transfer,providerId,ourId,statementAmount,ourAmount,detail\n");
            for (Finding f : findings) {
                Optional<StatementRow> row = f.row();
                Optional<InternalRecord> record = f.record();
                writer.write(String.join(",", List.of(f.kind().name(),
                        row.map(r -> Long.toString(r.line())).orElse(""),
                        row.map(r -> r.kind().name()).or(() -> record.map(r -> r.kind().name())).orElse(""),
                        TabularFormat.csv(row.map(StatementRow::providerId).or(() -> record.flatMap(InternalRecord::providerId))
                                .orElse("")),
                        record.map(r -> r.id().toString()).orElse(""),
                        row.map(r -> Money.zmw(r.amount()).toDecimalString()).orElse(""),
                        record.map(r -> Money.zmw(r.amount()).toDecimalString()).orElse(""),
                        TabularFormat.csv(f.detail()))));
                writer.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report to " + out, e);
        }
    }

    private LocalDate day(String text, String option) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw usage(option + " must be a day such as 2026-11-24");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
