package com.pakashop.shell.cli;

import com.pakashop.application.demo.SeedingDemo;
import com.pakashop.bootstrap.Pakashop;
import com.pakashop.bootstrap.config.Mode;
import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "Demo data for trying Pakashop out (never in prod).")
final class DemoCommands {
    @ParentCommand
    private PakashopCli cli;

    @Spec
    private CommandSpec spec;

    @Command(name = "seed", mixinStandardHelpOptions = true,
            description = "Create staff, a vendor with an approved shop and twelve products, a buyer and an agent; "
                    + "print their logins once.")
    int seed() {
        PrintWriter out = spec.commandLine().getOut();
        if (cli.mode() == Mode.PROD) {
            spec.commandLine().getErr().println("error: demo data is refused in prod");
            spec.commandLine().getErr().flush();
            return 1;
        }
        try (Pakashop pakashop = cli.migrated()) {
            SeedingDemo.Seeded seeded = pakashop.seedingDemo()
                    .seed(cli.operator());
            out.println("Demo marketplace created. Logins (shown once):");
            out.printf("  %-12s %-15s %-40s %s%n", "ROLE", "PHONE", "PASSWORD", "USER ID");
            seeded.logins().forEach(l -> out.printf("  %-12s %-15s %-40s %s%n", l.role(), l.phone(), l.password(),
                    l.userId()));
            out.println();
            out.println("SUPER_ADMIN signs in with a TOTP code; add this to an authenticator app:");
            out.println("  " + seeded.superAdminOtpauthUri());
            out.println("ADMIN and FINANCE get an enrolment-only token at first sign-in and must set up TOTP.");
            out.println("The AGENT works in Lusaka: vendors find them at GET /api/v1/agents?town=Lusaka.");
            out.println();
            out.println("Shop " + seeded.shop().profile().name() + " (" + seeded.shop().id() + ") sells "
                    + seeded.products().size() + " products, for example:");
            seeded.products().stream().limit(3).forEach(p -> out.printf("  %s  %s  %s%n", p.id(), p.details().title(),
                    p.details().price().toDecimalString()));
            out.println();
            out.println("Coupon " + seeded.coupon().code() + " takes 10% (up to 50.00) off a buyer's first order.");
            out.flush();
            return 0;
        }
    }
}
