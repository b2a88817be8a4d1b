package com.pakashop.shell.cli;

import com.pakashop.bootstrap.config.ConfigProblem;
import com.pakashop.bootstrap.config.InvalidConfiguration;
import com.pakashop.bootstrap.config.ResolvedSetting;
import java.io.PrintWriter;
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
                .sorted(java.util.Comparator.comparing(ResolvedSetting::variable))
                .forEach(s -> out.printf("%-40s %-60s %s%n", s.variable(), s.shownValue(),
                        "(" + s.origin().name().toLowerCase(Locale.ROOT) + ")"));
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
}
