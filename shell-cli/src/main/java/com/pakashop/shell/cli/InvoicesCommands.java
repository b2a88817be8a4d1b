package com.pakashop.shell.cli;

import static com.pakashop.domain.shared.BusinessTime.LUSAKA;

import com.pakashop.application.invoicing.CorrectingInvoices;
import com.pakashop.application.invoicing.ManagingInvoices;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceStatus;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "invoices", mixinStandardHelpOptions = true,
        description = "ZRA Smart Invoices: list them by status and day, retry or re-issue a FAILED one, back-fill SKIPPED ones.")
final class InvoicesCommands {

    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Invoices, newest first.")
    int list(@Option(names = "--status", description = "PENDING, TRANSMITTED, FAILED, SKIPPED or VOIDED") String status,
             @Option(names = "--from", description = "first Lusaka day (YYYY-MM-DD)") String from,
             @Option(names = "--to", description = "last Lusaka day, included (YYYY-MM-DD)") String to,
             @Option(names = "--limit", defaultValue = "50", description = "at most this many (1-200)") int limit,
             @Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
                     description = "table, csv or json") TabularFormat format) {
        if (limit < 1 || limit > 200) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 to 200");
        }
        Optional<InvoiceStatus> wanted = Optional.ofNullable(status).map(this::status);
        Optional<Instant> start = Optional.ofNullable(from).map(day -> day(day, "--from"));
        Optional<Instant> end = Optional.ofNullable(to).map(day -> day(day, "--to").atZone(LUSAKA).plusDays(1).toInstant());
        try (Pakashop pakashop = cli.current()) {
            List<Invoice> found = pakashop.invoicing().managing().list(cli.operator(), wanted, start, end, Optional.empty(),
                    limit);
            format.write(spec.commandLine().getOut(), List.of("id", "kind", "number", "status", "total", "tpin",
                    "branch", "attempts", "receipt", "note", "createdAt"), found.stream().map(InvoicesCommands::row).toList());
            return 0;
        }
    }

    @Command(name = "retry", mixinStandardHelpOptions = true,
            description = "Sends a FAILED invoice again now (same number and payload), audited.")
    int retry(@Parameters(paramLabel = "INVOICE", description = "The invoice id.") String invoice) {
        UUID id = invoiceId(invoice);
        try (Pakashop pakashop = cli.migrated()) {
            ManagingInvoices.InvoiceDetail detail = pakashop.invoicing().managing().retry(cli.operator(), id,
                    RequestContext.NONE);
            spec.commandLine().getOut().println("invoice " + id + " is now " + detail.invoice().status()
                    + detail.invoice().lastError().map(e -> " (" + e + ")").orElse(""));
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "reissue", mixinStandardHelpOptions = true, description = "Voids a FAILED invoice and issues it "
            + "again from the shop's current data under a new number, audited; asking again shows the same replacement.")
    int reissue(@Parameters(paramLabel = "INVOICE", description = "The FAILED invoice's id.") String invoice,
                @Option(names = "--reason", required = true, description = "what the vendor fixed") String reason) {
        UUID id = invoiceId(invoice);
        try (Pakashop pakashop = cli.migrated()) {
            CorrectingInvoices.Reissued reissued = pakashop.invoicing().correcting().reissue(cli.operator(), id, reason,
                    RequestContext.NONE);
            Invoice replacement = reissued.invoice();
            spec.commandLine().getOut().println((reissued.created() ? "re-issued " : "already re-issued ") + id
                    + " as " + replacement.id() + " (" + replacement.document().map(InvoiceDocument::number).orElse("")
                    + "), now " + replacement.status());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "backfill", mixinStandardHelpOptions = true, description = "Issues the SKIPPED invoices of some "
            + "Lusaka days that may now go out (zra-invoicing must be on); the rest stay SKIPPED, with why. Safe to repeat.")
    int backfill(@Option(names = "--from", required = true, description = "first Lusaka day (YYYY-MM-DD)") String from,
                 @Option(names = "--to", required = true, description = "last Lusaka day, included (YYYY-MM-DD)") String to) {
        Instant start = day(from, "--from");
        Instant end = day(to, "--to").atZone(LUSAKA).plusDays(1).toInstant();
        try (Pakashop pakashop = cli.migrated()) {
            CorrectingInvoices.Backfill done = pakashop.invoicing().correcting().backfill(cli.operator(), start, end,
                    RequestContext.NONE);
            PrintWriter out = spec.commandLine().getOut();
            done.issued().forEach(issued -> out.println("issued " + issued));
            done.stillSkipped().forEach(still -> out.println("skipped " + still.invoiceId() + " " + still.reason()));
            out.println(done.issued().size() + " issued, " + done.stillSkipped().size() + " still skipped"
                    + (done.more() ? "; more remain, run it again" : ""));
            out.flush();
            return 0;
        }
    }

    private UUID invoiceId(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "INVOICE must be an invoice id (a UUID)");
        }
    }

    private InvoiceStatus status(String text) {
        try {
            return InvoiceStatus.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--status must be PENDING, TRANSMITTED, FAILED, SKIPPED or VOIDED");
        }
    }

    private Instant day(String text, String option) {
        try {
            return LocalDate.parse(text).atStartOfDay(LUSAKA).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + " must be a day such as 2026-11-24");
        }
    }

    private static List<String> row(Invoice i) {
        Optional<InvoiceDocument> d = i.document();
        return List.of(i.id().toString(), i.kind().name(), d.map(InvoiceDocument::number).orElse(""), i.status().name(),
                d.map(doc -> doc.total().toDecimalString()).orElse(""), d.map(InvoiceDocument::tpin).orElse(""),
                d.map(InvoiceDocument::branchId).orElse(""), Integer.toString(i.attempts()),
                i.receipt().map(r -> Long.toString(r.receiptNumber())).orElse(""),
                i.skipReason().or(i::lastError).orElse(""), i.createdAt().toString());
    }
}
