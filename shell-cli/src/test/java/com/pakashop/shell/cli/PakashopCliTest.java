package com.pakashop.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.testkit.TestDatabase;
import com.pakashop.testkit.TestPhones;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class PakashopCliTest {
    private static final String JWT = "cli-test-jwt-secret-0123456789abcdef0123456789";

    @Test
    void helpListsTheCommandsAndExitsZero() {
        Run run = run(devEnvironment(), "--help");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("db", "config", "jobs", "Exit codes");
    }

    @Test
    void noCommandOrAnUnknownOneIsAUsageError() {
        assertThat(run(devEnvironment()).exit).isEqualTo(2);
        assertThat(run(devEnvironment(), "payouts").exit).isEqualTo(2);
    }

    @Test
    void configCheckShowsSettingsMaskedAndEveryProblemWithExitOne() {
        Map<String, String> env = new HashMap<>();
        env.put("PAKASHOP_ENV", "prod");
        env.put("JWT_SECRET", JWT);

        Run run = run(env, "config", "check");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.out).contains("JWT_SECRET").doesNotContain(JWT);
        assertThat(run.err).contains("DATABASE_URL: is required in prod", "PAKASHOP_CLIENT_KEY: is required in prod");
    }

    @Test
    void configCheckOnAGoodDevEnvironmentExitsZero() {
        Run run = run(devEnvironment(), "config", "check");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("No problems.").contains("PAKASHOP_CLIENT_KEY").contains("(dev key file)")
                .contains("PAKASHOP_DELIVERY_FEE").contains("25.00 ZMW");
    }

    @Test
    void configCheckRefusesAKeyThatCannotOpenTheStoredSecrets() {
        Map<String, String> env = devEnvironment();
        assertThat(run(env, "db", "migrate").exit).isZero();
        Run created = runWithInput(env, "a root passphrase for Ndola\n", "users", "create-admin", "--phone",
                freshPhone(), "--email", "keys" + System.nanoTime() + "@pakashop.zm");
        assertThat(created.exit).as(created.err).isZero();
        env.put("TOTP_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));

        Run check = run(env, "config", "check");

        assertThat(check.exit).isEqualTo(1);
        assertThat(check.err).contains("TOTP_ENCRYPTION_KEY:").contains("stored TOTP secrets cannot be opened");
        assertThat(run(devEnvironment(), "config", "check").exit).as("the kept dev key opens them").isZero();
    }

    @Test
    void devCreatesTheDatabaseItIsPointedAtAndReadOnlyCommandsRefuseAnUnmigratedOne() {
        TestDatabase own = TestDatabase.shared();
        Map<String, String> env = devEnvironment();
        env.put("DATABASE_URL", own.databaseUrl() + "_new");
        try {
            Run trial = run(env, "ledger", "trial-balance");
            Run status = run(env, "db", "status");

            assertThat(trial.exit).isEqualTo(1);
            assertThat(trial.err).contains("schema is behind").contains("pakashop db migrate");
            assertThat(status.exit).as("the database was created by the first command").isZero();
            assertThat(status.out).contains("Pending");
            assertThat(run(env, "db", "migrate").exit).isZero();
            assertThat(run(env, "ledger", "trial-balance").exit).isZero();
        } finally {
            own.dropDerived("_new");
        }
    }

    @Test
    void outsideDevAMissingDatabaseSaysHowToCreateIt() {
        Map<String, String> env = devEnvironment();
        env.put("DATABASE_URL", TestDatabase.shared().databaseUrl() + "_missing");
        env.put("PAKASHOP_ENV", "prod");
        env.put("JWT_SECRET", JWT);
        env.put("PAKASHOP_CLIENT_KEY", "c".repeat(40));
        env.put("INTERNAL_API_KEY", "i".repeat(40));
        env.put("TOTP_ENCRYPTION_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
        env.put("PAYMENT_PROVIDER", "PAWAPAY");
        env.put("PAWAPAY_API_KEY", "k");
        env.put("PAWAPAY_WEBHOOK_SECRET", "w");
        env.put("ZRA_VSDC_URL", "http://127.0.0.1:1/vsdc");

        Run run = run(env, "db", "status");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).contains("does not exist, create it with: createdb").doesNotContain("not reachable");
    }

    @Test
    void migrateThenStatusShowsEveryMigrationApplied() {
        assertThat(run(devEnvironment(), "db", "migrate").exit).isZero();

        Run status = run(devEnvironment(), "db", "status");

        assertThat(status.exit).isZero();
        assertThat(status.out).contains("outbox").contains("Success");
        assertThat(run(devEnvironment(), "db", "migrate").out).contains("Schema is up to date.");
    }

    @Test
    void deadLettersListsNothingOnAQuietSystem() {
        Run run = run(devEnvironment(), "jobs", "dead-letters", "--limit", "5");

        assertThat(run.exit).isZero();
    }

    @Test
    void replayNeedsAReasonAndAValidId() {
        assertThat(run(devEnvironment(), "jobs", "replay", UUID.randomUUID().toString()).exit).isEqualTo(2);

        Run badId = run(devEnvironment(), "jobs", "replay", "42", "--reason", "fixed");
        assertThat(badId.exit).isEqualTo(1);
        assertThat(badId.err).contains("ID: must be a UUID");

        Run unknown = run(devEnvironment(), "jobs", "replay", UUID.randomUUID().toString(), "--reason", "fixed");
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.err).contains("No dead letter");
    }

    @Test
    void anUnreachableDatabaseIsOneLineNamingHostAndPort() {
        Map<String, String> env = devEnvironment();
        env.put("DATABASE_URL", "postgresql://postgres@127.0.0.1:1/pakashop");

        Run run = run(env, "db", "status");

        assertThat(run.exit).isEqualTo(1);
        assertThat(run.err).startsWith("error: PostgreSQL at 127.0.0.1:1 is not reachable").doesNotContain("\tat ");
    }

    @Test
    void createAdminReadsThePasswordFromStdinAndPrintsTheTotpUriOnce() {
        String phone = TestPhones.fresh("95");

        Run run = runWithInput(devEnvironment(), "a root passphrase for Lusaka\n", "users", "create-admin",
                "--phone", phone, "--email", "root" + System.nanoTime() + "@pakashop.zm");

        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out).contains("Created SUPER_ADMIN", "otpauth://totp/Pakashop", "Recovery codes")
                .doesNotContain("a root passphrase");
        String id = run.out.lines().findFirst().orElseThrow().replace("Created SUPER_ADMIN ", "");

        Run grant = run(devEnvironment(), "users", "grant", id, "finance");
        assertThat(grant.exit).as(grant.err).isZero();
        assertThat(grant.out).contains("FINANCE", "SUPER_ADMIN");
        assertThat(run(devEnvironment(), "users", "grant", id, "emperor").exit).isEqualTo(1);
        assertThat(run(devEnvironment(), "users", "suspend", id, "--reason", "offboarded").exit).isZero();
    }

    @Test
    void createAdminWithoutAPasswordOrWithAWeakOneFails() {
        Run empty = runWithInput(devEnvironment(), "", "users", "create-admin", "--phone", "0977000001",
                "--email", "x@pakashop.zm");
        Run weak = runWithInput(devEnvironment(), "password123\n", "users", "create-admin", "--phone", "0977000001",
                "--email", "x@pakashop.zm");

        assertThat(empty.exit).isEqualTo(1);
        assertThat(empty.err).contains("password");
        assertThat(weak.exit).isEqualTo(1);
        assertThat(weak.err).contains("too common");
    }

    @Test
    void demoSeedBuildsAMarketplaceOnceAndIsRefusedInProd() {
        Map<String, String> env = devEnvironment();
        env.put("DATABASE_URL", TestDatabase.shared().databaseUrl());

        Run first = run(env, "demo", "seed");
        Run second = run(env, "demo", "seed");
        Map<String, String> prod = new HashMap<>(env);
        prod.put("PAKASHOP_ENV", "prod");

        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("SUPER_ADMIN", "VENDOR", "BUYER", "AGENT", "otpauth://", "sells 12 products",
                "Coupon KARIBU10");
        assertThat(second.exit).as("the demo phones exist already").isEqualTo(1);
        Run inProd = run(prod, "demo", "seed");
        assertThat(inProd.exit).isEqualTo(1);
        assertThat(inProd.err).contains("refused in prod");
    }

    @Test
    void invoiceCorrectionsNameWhatStandsInTheirWay() {
        Map<String, String> env = devEnvironment();

        Run backfillOff = run(env, "invoices", "backfill", "--from", "2026-11-01", "--to", "2026-11-02");
        Run badDay = run(env, "invoices", "backfill", "--from", "1 Nov", "--to", "2026-11-02");
        Run unknown = run(env, "invoices", "reissue", UUID.randomUUID().toString(), "--reason", "TPIN fixed");
        Run noReason = run(env, "invoices", "reissue", UUID.randomUUID().toString());

        assertThat(backfillOff.exit).isEqualTo(1);
        assertThat(backfillOff.err).contains("zra-invoicing flag is off");
        assertThat(badDay.exit).isEqualTo(2);
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.err).contains("No invoice");
        assertThat(noReason.exit).isEqualTo(2);
    }

    @Test
    void financeReadsTheTrialBalanceAndAnAccount() {
        Map<String, String> env = devEnvironment();

        Run trial = run(env, "ledger", "trial-balance");
        Run commission = run(env, "ledger", "balance", "COMMISSION_REVENUE");
        Run nonsense = run(env, "ledger", "balance", "PETTY_CASH");

        assertThat(trial.exit).as(trial.err).isZero();
        assertThat(trial.out).contains("SUM").contains("balanced");
        assertThat(commission.out).startsWith("COMMISSION_REVENUE ").contains(" ZMW");
        assertThat(nonsense.exit).isEqualTo(1);
        assertThat(nonsense.err).contains("ACCOUNT");
    }

    private static String freshPhone() {
        return TestPhones.fresh("95");
    }

    private static Map<String, String> devEnvironment() {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", TestDatabase.shared().databaseUrl());
        return env;
    }

    private static Run run(Map<String, String> env, String... args) {
        return runWithInput(env, "", args);
    }

    private static Run runWithInput(Map<String, String> env, String input, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PakashopCli.commandLine(env,
                new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
