package com.pakashop.shell.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.testkit.TestDatabase;
import com.pakashop.testkit.TestPhones;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The finance CLI against PostgreSQL: reconcile with every class of finding and exit 3, a clean
 * day with exit 0, bad statements refused with their line and nothing stored (exit 1), usage
 * errors (exit 2), and the invoice and settlement commands' output formats.
 */
class FinanceCliTest {
    private static final String HEADER = "Transaction ID,Type,Status,Amount,Currency,Created At";
    private static String buyer;

    @TempDir
    Path dir;

    @BeforeAll
    static void migrate() throws Exception {
        assertThat(run("db", "migrate").exit).isZero();
        buyer = UUID.randomUUID().toString();
        sql("INSERT INTO users (id, name, phone, password_hash, roles, status, created_at, updated_at) VALUES ('" + buyer
                + "', 'Statement Buyer', '" + TestPhones.fresh("97")
                + "', 'x', '{BUYER}', 'ACTIVE', now(), now())");
    }

    @Test
    void everyKindOfDiscrepancyIsFoundReportedStoredAndExitsThree() throws Exception {
        String day = freshDay();
        String matched = payment(day, 15_000, "CAPTURED");
        String wrongAmount = payment(day, 8_000, "CAPTURED");
        String wrongStatus = payment(day, 2_000, "FAILED");
        String notAtProvider = payment(day, 4_500, "CAPTURED");
        String strange = UUID.randomUUID().toString();
        Path statement = write(HEADER,
                matched + ",DEPOSIT,COMPLETED,150.00,ZMW," + day + "T08:00:00Z",
                wrongAmount + ",DEPOSIT,COMPLETED,85.00,ZMW," + day + "T09:00:00Z",
                wrongStatus + ",DEPOSIT,COMPLETED,20.00,ZMW," + day + "T09:30:00Z",
                matched + ",DEPOSIT,COMPLETED,150.00,ZMW," + day + "T10:00:00Z",
                strange + ",DEPOSIT,COMPLETED,30.00,ZMW," + day + "T11:00:00Z",
                UUID.randomUUID() + ",DEPOSIT,COMPLETED,99.00,ZMW,2020-01-01T11:00:00Z");
        Path report = dir.resolve("report.csv");

        Run run = run("reconcile", "--provider", "pawapay", "--from", day, "--to", day, "--statement",
                statement.toString(), "--out", report.toString());

        assertThat(run.exit).as(run.err).isEqualTo(3);
        assertThat(run.out).containsPattern("MATCHED\\s+1\\s+150.00").containsPattern("AMOUNT_MISMATCH\\s+1\\s+85.00")
                .containsPattern("STATUS_MISMATCH\\s+1\\s+20.00").containsPattern("DUPLICATE\\s+1\\s+150.00")
                .containsPattern("MISSING_INTERNALLY\\s+1\\s+30.00").containsPattern("MISSING_AT_PROVIDER\\s+1\\s+45.00");
        assertThat(run.err).contains("loaded 4 of our records").contains("6 lines (1 outside the period)");
        List<String> lines = Files.readAllLines(report);
        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("class,line,transfer,providerId,ourId,statementAmount,ourAmount,detail");
        assertThat(String.join("\n", lines)).contains("AMOUNT_MISMATCH,3,COLLECTION," + wrongAmount + "," + wrongAmount
                + ",85.00,80.00").contains(notAtProvider).contains(strange);
        assertThat(count("SELECT count(*) FROM reconciliation_runs WHERE source = '" + statement.toAbsolutePath() + "'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM reconciliation_discrepancies d JOIN reconciliation_runs r ON r.id = d.run_id"
                + " WHERE r.source = '" + statement.toAbsolutePath() + "'")).isEqualTo(5);
    }

    @Test
    void aCleanDayExitsZeroEvenWithAByteOrderMarkCrlfAndColumnsInAnotherOrder() throws Exception {
        String day = freshDay();
        String paid = payment(day, 12_050, "CAPTURED");
        Path statement = dir.resolve("clean.csv");
        Files.write(statement, ("\uFEFFcreated at,Currency,AMOUNT,Status,Type,Transaction ID,Fee\r\n" + day
                + "T08:00:00Z,ZMW,120.5,COMPLETED,DEPOSIT," + paid + ",1.20\r\n\r\n").getBytes(StandardCharsets.UTF_8));

        Run table = run("reconcile", "--provider", "pawapay", "--from", day, "--to", day, "--statement", statement.toString());
        Run json = run("reconcile", "--provider", "PawaPay", "--from", day, "--to", day, "--statement", statement.toString(),
                "--format", "json");

        assertThat(table.exit).as(table.err).isZero();
        assertThat(table.out).containsPattern("MATCHED\\s+1\\s+120.50");
        assertThat(json.exit).isZero();
        assertThat(json.out).contains("{\"class\": \"MATCHED\", \"count\": \"1\", \"amount\": \"120.50\"}");
    }

    @Test
    void badStatementsAreRefusedWithTheirLineAndNothingIsStored() throws Exception {
        String day = freshDay();
        String paid = payment(day, 1_000, "CAPTURED");
        String good = paid + ",DEPOSIT,COMPLETED,10.00,ZMW," + day + "T08:00:00Z";
        Map<String, Path> cases = new HashMap<>();
        cases.put("line 1: this is not a PAWAPAY statement", write("Id,Type,Status,Amount,Currency,Date", good));
        cases.put("line 3: amount '1,234.00' has a thousands separator",
                write(HEADER, good, UUID.randomUUID() + ",DEPOSIT,COMPLETED,\"1,234.00\",ZMW," + day + "T08:00:00Z"));
        cases.put("line 2: amount '10.005' must have one or two decimals",
                write(HEADER, paid + ",DEPOSIT,COMPLETED,10.005,ZMW," + day + "T08:00:00Z"));
        cases.put("line 2: date '05/10/2026 08:00'", write(HEADER, paid + ",DEPOSIT,COMPLETED,10.00,ZMW,05/10/2026 08:00"));
        cases.put("line 3: the last line has 3 of 6 fields: was the file truncated?",
                write(HEADER, good, UUID.randomUUID() + ",DEPOSIT,COMPL"));
        cases.put("line 2: type 'SWAP'", write(HEADER, paid + ",SWAP,COMPLETED,10.00,ZMW," + day + "T08:00:00Z"));
        long runs = count("SELECT count(*) FROM reconciliation_runs");

        cases.forEach((message, statement) -> {
            Run run = run("reconcile", "--provider", "pawapay", "--from", day, "--to", day, "--statement",
                    statement.toString());
            assertThat(run.exit).as(message).isEqualTo(1);
            assertThat(run.err).contains(message);
        });

        assertThat(count("SELECT count(*) FROM reconciliation_runs")).as("nothing half-written").isEqualTo(runs);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path statement = write(HEADER);
        assertThat(run("reconcile", "--provider", "pawapay", "--from", "2026-11-01", "--to", "2026-11-01").exit)
                .isEqualTo(2);
        assertThat(run("reconcile", "--provider", "mpesa", "--from", "2026-11-01", "--to", "2026-11-01", "--statement",
                statement.toString()).exit).isEqualTo(2);
        assertThat(run("reconcile", "--provider", "pawapay", "--from", "1/11/2026", "--to", "2026-11-01", "--statement",
                statement.toString()).exit).isEqualTo(2);
        assertThat(run("reconcile", "--provider", "pawapay", "--from", "2026-11-02", "--to", "2026-11-01", "--statement",
                statement.toString()).exit).isEqualTo(2);
        assertThat(run("invoices", "list", "--format", "xml").exit).isEqualTo(2);
        assertThat(run("settlement", "status", "not-a-batch").exit).isEqualTo(2);
        Run missing = run("reconcile", "--provider", "pawapay", "--from", "2026-11-01", "--to", "2026-11-01",
                "--statement", dir.resolve("nowhere.csv").toString());
        assertThat(missing.exit).isEqualTo(1);
        assertThat(missing.err).contains("there is no file at");
    }

    @Test
    void invoicesAndSettlementSpeakTableCsvAndJson() {
        Run csv = run("invoices", "list", "--status", "FAILED", "--format", "csv");
        Run preview = run("settlement", "preview", "--format", "json");
        Run unknownBatch = run("settlement", "status", UUID.randomUUID().toString());

        assertThat(csv.exit).as(csv.err).isZero();
        assertThat(csv.out).startsWith("id,kind,number,status,total,tpin,branch,attempts,receipt,note,createdAt");
        assertThat(preview.exit).as(preview.err).isZero();
        assertThat(preview.out.strip()).startsWith("[").endsWith("]");
        assertThat(unknownBatch.exit).isEqualTo(1);
        assertThat(unknownBatch.err).contains("No settlement batch");
    }

    private static String payment(String day, long amount, String status) throws Exception {
        String id = UUID.randomUUID().toString();
        sql("INSERT INTO payments (id, buyer_id, currency, amount, method, payer_phone, provider, status, created_at,"
                + " updated_at) VALUES ('" + id + "', '" + buyer + "', 'ZMW', " + amount + ", 'MTN_MOMO', '+260961234567',"
                + " 'PAWAPAY', '" + status + "', TIMESTAMPTZ '" + day + " 10:00:00+02', now())");
        return id;
    }

    /** A day nobody else's rows fall on, so each test's period holds only its own payments. */
    private static String freshDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9_000)).toString();
    }

    private Path write(String... lines) throws Exception {
        Path file = dir.resolve(UUID.randomUUID() + ".csv");
        Files.writeString(file, String.join("\n", lines), StandardCharsets.UTF_8);
        return file;
    }

    private static void sql(String statement) throws Exception {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(statement)) {
            s.executeUpdate();
        }
    }

    private static long count(String query) throws Exception {
        try (Connection c = TestDatabase.shared().connect(); PreparedStatement s = c.prepareStatement(query);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Run run(String... args) {
        Map<String, String> env = new HashMap<>();
        env.put("DATABASE_URL", TestDatabase.shared().databaseUrl());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PakashopCli.commandLine(env, new ByteArrayInputStream(new byte[0]));
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        int exit = commandLine.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private record Run(int exit, String out, String err) {
    }
}
