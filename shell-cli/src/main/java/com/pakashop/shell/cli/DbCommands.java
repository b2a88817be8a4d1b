package com.pakashop.shell.cli;

import com.pakashop.application.operations.SchemaMigrations;
import com.pakashop.bootstrap.Pakashop;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "db", mixinStandardHelpOptions = true, description = "Database schema migrations.")
final class DbCommands {
    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "migrate", mixinStandardHelpOptions = true, description = "Apply pending migrations.")
    int migrate() {
        try (Pakashop pakashop = cli.connect()) {
            int applied = pakashop.migrations().migrate();
            PrintWriter out = spec.commandLine().getOut();
            out.println(applied == 0 ? "Schema is up to date." : "Applied " + applied + " migration(s).");
            out.flush();
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "List migrations and whether each is applied.")
    int status() {
        try (Pakashop pakashop = cli.connect()) {
            List<SchemaMigrations.Migration> migrations = pakashop.migrations().status();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-10s %-12s %s%n", "VERSION", "STATE", "DESCRIPTION");
            migrations.forEach(m -> out.printf("%-10s %-12s %s%n", m.version(), m.state(), m.description()));
            out.flush();
            return 0;
        }
    }
}
