package com.pakashop.shell.cli;

import com.pakashop.application.events.ListingDeadLetters;
import com.pakashop.application.events.ReplayingDeadLetter;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.domain.shared.ValidationFailed;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "jobs", mixinStandardHelpOptions = true, description = "Background work: dead letters and replays.")
final class JobsCommands {
    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "dead-letters", mixinStandardHelpOptions = true,
            description = "List event deliveries that failed on their last attempt, oldest first.")
    int deadLetters(@Option(names = "--limit", defaultValue = "50", description = "Rows per page (1-100).") int limit,
                    @Option(names = "--cursor", description = "Show rows after this delivery id (from the previous page).")
                    UUID cursor) {
        try (Pakashop pakashop = cli.current()) {
            ListingDeadLetters.Page page = pakashop.listingDeadLetters().list(Optional.ofNullable(cursor), limit);
            PrintWriter out = spec.commandLine().getOut();
            if (page.items().isEmpty()) {
                out.println("No dead letters.");
            } else {
                out.printf("%-36s %-24s %-24s %8s  %s%n", "ID", "EVENT", "HANDLER", "ATTEMPTS", "LAST ERROR");
                page.items().forEach(d -> out.printf("%-36s %-24s %-24s %8d  %s%n", d.deliveryId(), d.eventType(),
                        d.handler(), d.attempts(), d.lastError()));
            }
            page.nextAfter().ifPresent(next -> out.println("More: --cursor " + next));
            out.flush();
            return 0;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Put one dead delivery back in line; who and why are recorded.")
    int replay(@Parameters(paramLabel = "ID", description = "The dead letter's id.") String id,
               @Option(names = "--reason", required = true, description = "Why it may succeed now.") String reason,
               @Option(names = "--by", description = "Who asks (default: the OS user).") String by) {
        UUID deliveryId = parse(id);
        String actor = "operator:" + (by == null ? System.getProperty("user.name", "unknown") : by);
        try (Pakashop pakashop = cli.migrated()) {
            pakashop.replayingDeadLetter().replay(new ReplayingDeadLetter.Replay(deliveryId, actor, reason),
                    RequestContext.NONE);
            PrintWriter out = spec.commandLine().getOut();
            out.println("Replayed " + deliveryId + "; the worker will deliver it on its next pass.");
            out.flush();
            return 0;
        }
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ValidationFailed.of("ID", "must be a UUID such as the ones 'jobs dead-letters' prints");
        }
    }
}
