package com.pakashop.shell.cli;

import com.pakashop.application.identity.CheckingStoredSecrets;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.StartupFailure;
import com.pakashop.bootstrap.config.ConfigProblem;
import com.pakashop.bootstrap.config.InvalidConfiguration;
import com.pakashop.bootstrap.config.ResolvedSetting;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "config", mixinStandardHelpOptions = true, description = "Inspect the configuration.")
final class ConfigCommands {
    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Show every setting as resolved (secrets masked) and every problem; exit 1 if any.")
    int check() {
        PrintWriter out = spec.commandLine().getOut();
        List<ResolvedSetting> resolved;
        List<ConfigProblem> problems;
        try {
            resolved = cli.config().resolved();
            problems = List.of();
        } catch (InvalidConfiguration e) {
            resolved = e.resolved();
            problems = e.problems();
        }
        resolved.stream()
                .sorted(Comparator.comparing(ResolvedSetting::variable))
                .forEach(s -> out.printf("%-40s %-60s %s%n", s.variable(), s.shownValue(),
                        "(" + s.origin().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")"));
        if (problems.isEmpty()) {
            problems = storedSecrets(out);
        }
        if (problems.isEmpty()) {
            out.println();
            out.println("No problems.");
            out.flush();
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println();
        err.println(problems.size() + " problem(s):");
        problems.forEach(p -> err.println("  - " + p));
        out.flush();
        err.flush();
        return 1;
    }

    /** A key that cannot open the secrets on file locks staff out at their next sign-in: say so now. */
    private List<ConfigProblem> storedSecrets(PrintWriter out) {
        try (Pakashop pakashop = cli.connect()) {
            if (!pakashop.schemaReady()) {
                out.println();
                out.println("Stored secrets: not checked, the database schema is behind this build (pakashop db migrate).");
                return List.of();
            }
            CheckingStoredSecrets.Result result = pakashop.identity().checkingStoredSecrets().check();
            out.println();
            out.println("Stored secrets: " + result.checked() + " TOTP secret(s) checked, "
                    + (result.passed() ? "all open with TOTP_ENCRYPTION_KEY." : result.unreadable() + " do not open."));
            return result.passed() ? List.of() : List.of(new ConfigProblem("TOTP_ENCRYPTION_KEY", result.unreadable()
                    + " of " + result.checked() + " stored TOTP secrets cannot be opened with this key; "
                    + "restore the key they were sealed with, or those staff cannot sign in"));
        } catch (StartupFailure e) {
            return List.of(new ConfigProblem("DATABASE_URL", e.getMessage()));
        }
    }
}
