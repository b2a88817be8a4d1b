package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.reconciliation.ReconcilingStatements;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finance reads a reconciliation run's discrepancies over HTTP and resolves them with a note (audited). */
class ReconciliationTest {
    private static RunningApp app;
    private static String admin;

    private static Path statements;

    @BeforeAll
    static void start() throws Exception {
        statements = Files.createTempDirectory("statements");
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_STATEMENTS_DIR", statements.toString());
        env.put("PAKASHOP_RECONCILIATION_TIME", "00:00");
        app = RunningApp.start(env);
        admin = new Accounts(app).superAdminToken();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theDailyRunReconcilesYesterdaysDroppedStatementOnce() throws Exception {
        LocalDate yesterday = LocalDate.now(ZoneId.of("Africa/Lusaka")).minusDays(1);
        Path statement = statements.resolve("pawapay").resolve(yesterday + ".csv");
        Files.createDirectories(statement.getParent());
        Files.writeString(statement, "Transaction ID,Type,Status,Amount,Currency,Created At\n" + UUID.randomUUID()
                + ",PAYOUT,COMPLETED,12.00,ZMW," + yesterday + "T10:00:00Z\n");

        app.pakashop.reconciliation().daily().runDue();
        app.pakashop.reconciliation().daily().runDue();

        assertThat(count("SELECT count(*) FROM reconciliation_runs WHERE source = '" + statement + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM reconciliation_discrepancies d JOIN reconciliation_runs r ON r.id = d.run_id"
                + " WHERE r.source = '" + statement + "' AND d.kind = 'MISSING_INTERNALLY'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM reconciliation_runs WHERE provider = 'FLUTTERWAVE' AND source LIKE '"
                + statements + "%'")).as("no Flutterwave statement was dropped").isZero();
    }

    @Test
    void aDiscrepancyIsResolvedOnceWithANoteAndTheResolutionIsAudited() {
        String stranger = UUID.randomUUID().toString();
        String statement = "Transaction ID,Reference,Type,Status,Amount,Currency,Date\n4471023," + stranger
                + ",CHARGE,successful,75.00,ZMW,1999-03-04 12:00:00\n";
        ReconcilingStatements.Report report = app.pakashop.reconciliation().reconciling().reconcile(
                app.pakashop.reconciliation().formats().of("flutterwave").orElseThrow(), LocalDate.of(1999, 3, 4), LocalDate.of(1999, 3, 4),
                new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)), "test:" + stranger, "test",
                ReconcilingStatements.Progress.NONE);
        String runId = report.run().id().toString();

        JsonNode run = json(app.get("/api/v1/admin/reconciliation/runs/" + runId, RunningApp.as(admin)));
        JsonNode open = json(app.get("/api/v1/admin/reconciliation/runs/" + runId + "/discrepancies?resolved=false",
                RunningApp.as(admin)));
        String id = open.get("items").get(0).get("id").asText();
        HttpResponse<String> noNote = app.postJson("/api/v1/admin/reconciliation/discrepancies/" + id + "/resolve",
                "{\"note\":\" \"}", RunningApp.as(admin));
        HttpResponse<String> byBuyer = app.postJson("/api/v1/admin/reconciliation/discrepancies/" + id + "/resolve",
                "{\"note\":\"mine\"}", RunningApp.as(new Accounts(app).buyerToken()));
        JsonNode resolved = json(app.postJson("/api/v1/admin/reconciliation/discrepancies/" + id + "/resolve",
                "{\"note\":\"Flutterwave test charge from their sandbox; no money of a buyer\"}", RunningApp.as(admin)));
        HttpResponse<String> again = app.postJson("/api/v1/admin/reconciliation/discrepancies/" + id + "/resolve",
                "{\"note\":\"again\"}", RunningApp.as(admin));

        assertThat(run.get("counts").get("MISSING_INTERNALLY").asLong()).isEqualTo(1);
        assertThat(run.get("amounts").get("MISSING_INTERNALLY").asText()).isEqualTo("75.00");
        assertThat(open.get("items").get(0).get("providerId").asText()).isEqualTo("4471023");
        assertThat(noNote.statusCode()).isEqualTo(422);
        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(resolved.get("resolvedBy").asText()).isNotBlank();
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(json(app.get("/api/v1/admin/reconciliation/runs/" + runId + "/discrepancies?resolved=false",
                RunningApp.as(admin))).get("items")).isEmpty();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'DISCREPANCY_RESOLVED' AND subject = 'discrepancy:"
                + id + "'")).isEqualTo(1);
        assertThat(app.get("/api/v1/admin/reconciliation/runs/" + runId + "/discrepancies?class=LOST",
                RunningApp.as(admin)).statusCode()).isEqualTo(422);
    }
}
