package com.pakashop.shell.cli;

import com.pakashop.application.settlement.PlanningSettlements;
import com.pakashop.application.settlement.RunningSettlements;
import com.pakashop.application.settlement.ViewingSettlements;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.domain.settlement.PayoutStatus;
import com.pakashop.domain.settlement.SettlementBatch;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

@Command(name = "settlement", mixinStandardHelpOptions = true,
        description = "Paying vendors and delivery agents: preview a batch, run one, follow one.")
final class SettlementCommands {
    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "preview", mixinStandardHelpOptions = true,
            description = "What a batch closing now would pay and carry; changes nothing.")
    int preview(@Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
            description = "table, csv or json") TabularFormat format) {
        try (Pakashop pakashop = cli.current()) {
            PlanningSettlements.Preview preview = pakashop.settlement().planning().preview(cli.operator(),
                    pakashop.clock().instant());
            List<List<String>> rows = new ArrayList<>();
            preview.payouts().forEach(line -> rows.add(row("PAY", line)));
            preview.carried().forEach(line -> rows.add(row("CARRY", line)));
            PrintWriter out = spec.commandLine().getOut();
            format.write(out, List.of("action", "payeeKind", "payeeId", "orders", "amount"), rows);
            if (format == TabularFormat.TABLE) {
                out.printf("%d payouts, %s ZMW in all; %d payees carried to a later batch%n", preview.payouts().size(),
                        preview.total().toDecimalString(), preview.carried().size());
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "run", mixinStandardHelpOptions = true, description = "Finishes unfinished batches, then plans and "
            + "pays everything delivered until now. Safe to run again after a crash: nobody is paid twice.")
    int run(@Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
            description = "table, csv or json") TabularFormat format,
            @Option(names = "--wait", defaultValue = "120", description = "seconds to follow the payouts (0: one pass); "
                    + "the worker follows what is still in flight") long waitSeconds) {
        if (waitSeconds < 0 || waitSeconds > 86_400) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--wait must be 0 to 86400 seconds");
        }
        try (Pakashop pakashop = cli.migrated()) {
            RunningSettlements running = pakashop.settlement().running();
            List<RunningSettlements.Run> runs = running.runNow(cli.operator(), RequestContext.NONE,
                    Duration.ofSeconds(waitSeconds));
            List<List<String>> rows = new ArrayList<>();
            for (RunningSettlements.Run run : runs) {
                rows.add(statusRow(pakashop.settlement().viewing().batch(cli.operator(), run.batchId())));
            }
            format.write(spec.commandLine().getOut(), STATUS_HEADERS, rows);
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Where one batch's payouts stand.")
    int status(@Parameters(paramLabel = "BATCH", description = "The batch id.") String batch,
               @Option(names = "--format", defaultValue = "table", converter = FormatConverter.class,
                       description = "table, csv or json") TabularFormat format) {
        UUID id;
        try {
            id = UUID.fromString(batch);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "BATCH must be a batch id (a UUID)");
        }
        try (Pakashop pakashop = cli.current()) {
            format.write(spec.commandLine().getOut(), STATUS_HEADERS,
                    List.of(statusRow(pakashop.settlement().viewing().batch(cli.operator(), id))));
            return 0;
        }
    }

    private static final List<String> STATUS_HEADERS = List.of("batch", "cutoff", "status", "payouts", "total",
            "completed", "failed", "inFlight", "carriedPayees", "carried");

    private static List<String> statusRow(ViewingSettlements.BatchDetail detail) {
        SettlementBatch b = detail.batch();
        Map<PayoutStatus, Integer> counts = detail.payouts();
        int inFlight = counts.entrySet().stream().filter(e -> !e.getKey().isFinal()).mapToInt(Map.Entry::getValue).sum();
        return List.of(b.id().toString(), b.cutoff().toString(), b.status().name(), Integer.toString(b.payoutCount()),
                b.total().toDecimalString(), Integer.toString(counts.get(PayoutStatus.COMPLETED)),
                Integer.toString(counts.get(PayoutStatus.FAILED)), Integer.toString(inFlight),
                Integer.toString(b.carriedCount()), b.carried().toDecimalString());
    }

    private static List<String> row(String action, PlanningSettlements.Preview.Line line) {
        return List.of(action, line.payee().kind().name(), line.payee().id().toString(), Integer.toString(line.orders()),
                line.amount().toDecimalString());
    }
}
