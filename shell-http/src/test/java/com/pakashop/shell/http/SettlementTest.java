package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.sql;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.testkit.TestTimeouts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settlement end to end with the mock provider: delivered orders are paid out per vendor and per
 * agent, small sums carried, a refused payout fails alone, and a batch re-run after a crash at
 * either side of the provider call pays nobody twice.
 */
class SettlementTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String finance;
    private static String category;
    private static DeliveredOrders delivered;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAWAPAY_WEBHOOK_SECRET", PaymentsTest.WEBHOOK_SECRET);
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "150");
        env.put("PAKASHOP_SETTLEMENT_MINIMUM", "30.00");
        env.put("PAKASHOP_DELIVERY_FEE", "25.00");
        env.put("PAKASHOP_AGENT_DELIVERY_SHARE_BPS", "7000");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        finance = admin;
        category = TestShop.category(app, admin, "Settle-" + UUID.randomUUID().toString().substring(0, 6));
        delivered = new DeliveredOrders(app, accounts);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void vendorsAndAgentsArePaidWhatTheLedgerOwesSmallSumsWaitAndARefusedNumberFailsAlone() throws Exception {
        DeliveredOrders.Agent busy = delivered.agent();
        DeliveredOrders.Agent quiet = delivered.agent();
        TestShop big = shop();
        TestShop small = shop();
        TestShop badNumber = shop();
        sql("UPDATE shops SET payout_number = '+260965550091' WHERE id = '" + badNumber.id + "'");
        String bigFirst = delivered.deliver(big, "150.00", busy);
        String bigSecond = delivered.deliver(big, "150.00", busy);
        String smallOrder = delivered.deliver(small, "20.00", quiet);
        String refusedOrder = delivered.deliver(badNumber, "100.00", busy);

        long itemsBefore = count("SELECT count(*) FROM settlement_items");
        JsonNode preview = json(app.get("/api/v1/admin/settlements/preview", RunningApp.as(finance)));
        assertThat(count("SELECT count(*) FROM settlement_items")).as("a preview writes nothing").isEqualTo(itemsBefore);
        assertThat(preview.get("payouts").toString()).contains(big.id).contains("270.00").contains(busy.id());
        assertThat(preview.get("carried").toString()).contains(small.id).contains(quiet.id());

        HttpResponse<String> byBuyer = app.postJson("/api/v1/admin/settlements/run", "{}",
                RunningApp.as(accounts.buyerToken()));
        HttpResponse<String> planned = app.postJson("/api/v1/admin/settlements/run", "{}", RunningApp.as(finance));
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(202);
        String batchId = json(planned).get("batch").get("id").asText();
        finish(batchId);

        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(payout(batchId, big.id, "status")).isEqualTo("COMPLETED");
        assertThat(payout(batchId, big.id, "amount")).as("2 × (150.00 less 10% commission)").isEqualTo("27000");
        assertThat(payout(batchId, busy.id(), "amount")).as("3 × 70% of 25.00").isEqualTo("5250");
        assertThat(payout(batchId, busy.id(), "status")).isEqualTo("COMPLETED");
        assertThat(payout(batchId, badNumber.id, "status")).isEqualTo("FAILED");
        assertThat(payout(batchId, badNumber.id, "failure")).contains("INVALID_NUMBER");
        assertThat(count("SELECT count(*) FROM payouts WHERE payee_id IN ('" + small.id + "', '" + quiet.id() + "')"))
                .as("under the minimum: carried").isZero();
        assertThat(settlementOf(bigFirst)).isEqualTo("SETTLED");
        assertThat(settlementOf(bigSecond)).isEqualTo("SETTLED");
        assertThat(settlementOf(smallOrder)).isEqualTo("RELEASABLE");
        assertThat(settlementOf(refusedOrder)).isEqualTo("RELEASABLE");
        assertThat(count("SELECT count(*) FROM settlement_items WHERE payout_id IS NULL AND order_id IN ('" + smallOrder
                + "', '" + refusedOrder + "')")).as("back in the pool for the next batch").isEqualTo(3);
        assertThat(balance("VENDOR_PAYABLE:" + big.id)).isZero();
        assertThat(balance("AGENT_PAYABLE:" + busy.id())).isZero();
        assertThat(balance("AGENT_PAYABLE:" + quiet.id())).as("accrued, waiting").isEqualTo(-1750);
        assertThat(balance("VENDOR_PAYABLE:" + badNumber.id)).isEqualTo(-9000);
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings")).as("the books balance").isZero();
        String bigPayout = payout(batchId, big.id, "id");
        assertThat(count("SELECT count(*) FROM ledger_entries WHERE reference = 'payout:" + bigPayout + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'PAYOUT_COMPLETED' AND subject = 'payout:"
                + bigPayout + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'SETTLEMENT_BATCH_PLANNED' AND subject = "
                + "'settlement:" + batchId + "'")).isEqualTo(1);
        JsonNode detail = json(app.get("/api/v1/admin/settlements/" + batchId, RunningApp.as(finance)));
        assertThat(detail.get("batch").get("status").asText()).isEqualTo("CLOSED");
        JsonNode failed = json(app.get("/api/v1/admin/settlements/" + batchId + "/payouts?status=FAILED",
                RunningApp.as(finance)));
        assertThat(failed.toString()).contains(badNumber.id).doesNotContain("+260965550091");

        String secondBatch = json(app.postJson("/api/v1/admin/settlements/run", "{}", RunningApp.as(finance)))
                .get("batch").get("id").asText();
        finish(secondBatch);
        assertThat(count("SELECT count(*) FROM payouts WHERE payee_id = '" + big.id + "'")).as("paid once").isEqualTo(1);
        assertThat(payout(secondBatch, badNumber.id, "status")).as("retried in the next batch").isEqualTo("FAILED");
    }

    @Test
    void aBatchReRunAfterACrashOnEitherSideOfTheProviderCallPaysEveryoneExactlyOnce() throws Exception {
        DeliveredOrders.Agent agent = delivered.agent();
        TestShop neverSent = shop();
        TestShop takenThenLost = shop();
        delivered.deliver(neverSent, "120.00", agent);
        delivered.deliver(takenThenLost, "130.00", agent);
        SettlementBatch batch = app.pakashop.settlement().planning().plan(app.pakashop.clock().instant(), "MANUAL",
                "test", RequestContext.NONE);
        String taken = text("SELECT id FROM payouts WHERE batch_id = '" + batch.id() + "' AND payee_id = '"
                + takenThenLost.id + "'");
        app.pakashop.settlement().payingOut().advance(UUID.fromString(taken));
        assertThat(text("SELECT status FROM payouts WHERE id = '" + taken + "'")).isEqualTo("SENT");

        sql("UPDATE payouts SET status = 'SUBMITTING', attempts = 1 WHERE batch_id = '" + batch.id()
                + "' AND payee_id = '" + neverSent.id + "'");
        sql("UPDATE payouts SET status = 'SUBMITTING' WHERE id = '" + taken + "'");
        finish(batch.id().toString());

        assertThat(payout(batch.id().toString(), neverSent.id, "status")).isEqualTo("COMPLETED");
        assertThat(payout(batch.id().toString(), neverSent.id, "attempts"))
                .as("the provider had never seen it, so it went again under the same id").isEqualTo("2");
        assertThat(payout(batch.id().toString(), takenThenLost.id, "status")).isEqualTo("COMPLETED");
        assertThat(payout(batch.id().toString(), takenThenLost.id, "attempts"))
                .as("the provider had it: asked, never sent again").isEqualTo("1");
        for (String shop : new String[] {neverSent.id, takenThenLost.id}) {
            assertThat(count("SELECT count(*) FROM ledger_entries e JOIN payouts p ON e.reference = 'payout:' || p.id"
                    + " WHERE p.payee_id = '" + shop + "'")).isEqualTo(1);
            assertThat(balance("VENDOR_PAYABLE:" + shop)).isZero();
        }
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings")).isZero();
    }

    private static void finish(String batchId) {
        await().atMost(TestTimeouts.EVENTUALLY).pollInterval(Duration.ofMillis(200)).until(() -> {
            app.pakashop.relayingOutboxEvents().relayOnce();
            app.pakashop.settlement().payingOut().execute(UUID.fromString(batchId));
            return "CLOSED".equals(text("SELECT status FROM settlement_batches WHERE id = '" + batchId + "'"));
        });
    }

    private static String payout(String batchId, String payeeId, String column) {
        return text("SELECT " + column + " FROM payouts WHERE batch_id = '" + batchId + "' AND payee_id = '" + payeeId + "'");
    }

    private static String settlementOf(String orderId) {
        return text("SELECT settlement_status FROM orders WHERE id = '" + orderId + "'");
    }

    private static long balance(String account) {
        return count("SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE account = '" + account + "'");
    }

    private static TestShop shop() {
        return new TestShop(app, accounts, admin, category);
    }
}
