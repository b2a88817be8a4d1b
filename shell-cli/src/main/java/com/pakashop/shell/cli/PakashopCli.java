package com.pakashop.shell.cli;

import com.pakashop.bootstrap.Logging;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.StartupFailure;
import com.pakashop.bootstrap.config.ConfigLoader;
import com.pakashop.bootstrap.config.InvalidConfiguration;
import com.pakashop.bootstrap.config.Mode;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.shared.PakashopException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code pakashop}: commands for finance and operations staff. Exit 0 ok, 1 failure, 2 usage. */
@Command(name = "pakashop", mixinStandardHelpOptions = true, version = "pakashop 0.1.0",
        description = "Operations and finance commands for Pakashop.",
        subcommands = {DbCommands.class, ConfigCommands.class, JobsCommands.class, UsersCommands.class, DemoCommands.class,
            LedgerCommands.class, InvoicesCommands.class, SettlementCommands.class, ReconcileCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the command failed (message on stderr)", "2:wrong usage",
            "3:ledger trial-balance found the books unbalanced; reconcile found discrepancies"})
public final class PakashopCli implements Runnable {
    private final Map<String, String> environment;
    private final InputStream stdin;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    PakashopCli(Map<String, String> environment, InputStream stdin) {
        this.environment = environment;
        this.stdin = stdin;
    }

    public static void main(String[] args) {
        Logging.quiet();
        System.exit(commandLine(System.getenv(), System.in).execute(args));
    }

    static CommandLine commandLine(Map<String, String> environment, InputStream stdin) {
        CommandLine commandLine = new CommandLine(new PakashopCli(environment, stdin));
        commandLine.setExecutionExceptionHandler(PakashopCli::failure);
        return commandLine;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: db, config, jobs or users");
    }

    InputStream stdin() {
        return stdin;
    }

    /** The mode alone, readable even when the rest of the configuration is incomplete. */
    Mode mode() {
        return Mode.of(environment);
    }

    PakashopConfig config() {
        return new ConfigLoader().load(environment);
    }

    Pakashop connect() {
        return Pakashop.connect(config());
    }

    /** Staff at the command line act as operators, named by their login on the machine. */
    Principal operator() {
        return Principal.operator(System.getProperty("user.name", "unknown"));
    }

    /** For commands that only read: they never migrate, and refuse with a clear message when the schema is behind. */
    Pakashop current() {
        return connect().requireCurrentSchema();
    }

    Pakashop migrated() {
        Pakashop pakashop = connect();
        pakashop.migrations().migrate();
        return pakashop;
    }

    private static int failure(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InvalidConfiguration invalid) {
            err.println(invalid.getMessage());
        } else if (e instanceof StartupFailure || e instanceof PakashopException) {
            err.println("error: " + e.getMessage());
        } else {
            err.println("error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
        err.flush();
        return 1;
    }
}
