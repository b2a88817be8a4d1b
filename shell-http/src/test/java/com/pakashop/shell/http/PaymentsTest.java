package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.application.reconciliation.ReconcilingStatements;
import com.pakashop.domain.reconciliation.DiscrepancyClass;
import com.pakashop.domain.shared.BusinessTime;
import com.pakashop.testkit.TestTimeouts;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Seed flows 4.1 (mobile money) and 4.2 (card) end to end with the mock provider and its signed callbacks. */
class PaymentsTest {
    static final String WEBHOOK_SECRET = "mock-webhook-secret-for-tests-0123456789";
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAWAPAY_WEBHOOK_SECRET", WEBHOOK_SECRET);
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "200");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        category = TestShop.category(app, admin, "Payments-" + UUID.randomUUID().toString().substring(0, 6));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aWholeCheckoutIsPaidWithOnePromptAndTheCaptureIsSplitInTheLedger() {
        String buyer = buyer();
        JsonNode orders = checkout(buyer, item(newShop().onSale("Kapenta", "120.00", 5), 1) + ","
                + item(newShop().onSale("Rape seed", "35.50", 5), 2));
        String checkoutId = orders.get(0).get("checkoutId").asText();
        String phone = airtel("11");
        String body = "{\"checkoutId\":\"" + checkoutId + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\"" + phone + "\"}";

        JsonNode initiated = json(app.postJson("/api/v1/payments/initiate", body, RunningApp.as(buyer)));
        JsonNode again = json(app.postJson("/api/v1/payments/initiate", body, RunningApp.as(buyer)));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> json(app.get("/api/v1/payments/status/checkout/" + checkoutId,
                RunningApp.as(buyer))).get("paid").asBoolean());

        assertThat(initiated.get("type").asText()).isEqualTo("ussd");
        assertThat(initiated.get("message").asText()).contains("Check your phone").doesNotContain(phone.substring(4));
        assertThat(again.get("transactionId")).as("one payment while it waits").isEqualTo(initiated.get("transactionId"));
        assertThat(initiated.get("amount").get("amount").asText()).isEqualTo("241.00");
        String paymentId = initiated.get("transactionId").asText();
        for (JsonNode order : orders) {
            String id = order.get("id").asText();
            JsonNode now = json(app.get("/api/v1/orders/" + id, RunningApp.as(buyer)));
            assertThat(now.get("status").asText()).isEqualTo("PAID");
            assertThat(now.get("settlementStatus").asText()).isEqualTo("HELD");
            assertThat(posted("FUNDS_HELD:" + id)).as("credited with the order's total").isEqualTo(-new BigDecimal(
                    order.get("priceBreakdown").get("total").get("amount").asText()).movePointRight(2).longValueExact());
        }
        assertThat(count("SELECT count(*) FROM ledger_entries WHERE kind = 'CAPTURE' AND reference = 'payment:"
                + paymentId + "'")).isEqualTo(1);
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings")).as("the books balance").isZero();
        assertThat(count("SELECT count(*) FROM outbox_events WHERE type = 'PaymentCaptured' AND aggregate_id = '"
                + paymentId + "'")).isEqualTo(1);
    }

    @Test
    void aCardPaymentSendsTheBuyerToTheProvidersPageAndBackToOurCallbackPage() {
        String buyer = buyer();
        String orderId = checkout(buyer, item(newShop().onSale("Radio", "450.00", 5), 1)).get(0).get("id").asText();

        JsonNode initiated = json(app.postJson("/api/v1/payments/initiate",
                "{\"orderId\":\"" + orderId + "\",\"method\":\"CARD\"}", RunningApp.as(buyer)));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> json(app.get("/api/v1/payments/status/" + orderId,
                RunningApp.as(buyer))).get("paid").asBoolean());

        assertThat(initiated.get("type").asText()).isEqualTo("redirect");
        assertThat(initiated.get("url").asText()).isEqualTo("http://localhost:3000/payment/callback?orderId=" + orderId);
    }

    @Test
    void badRequestsAndOtherPeoplesOrdersAreRefusedAndChangeNothing() {
        String buyer = buyer();
        String orderId = checkout(buyer, item(newShop().onSale("Mat", "60.00", 5), 1)).get(0).get("id").asText();

        HttpResponse<String> wrongNetwork = pay(buyer, orderId, "MTN_MOMO", airtel("11"));
        HttpResponse<String> noPhone = app.postJson("/api/v1/payments/initiate",
                "{\"orderId\":\"" + orderId + "\",\"method\":\"MTN_MOMO\"}", RunningApp.as(buyer));
        HttpResponse<String> stranger = pay(buyer(), orderId, "AIRTEL_MONEY", airtel("11"));
        HttpResponse<String> both = app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"checkoutId\":\"" + orderId + "\",\"method\":\"CARD\"}", RunningApp.as(buyer));
        HttpResponse<String> refused = pay(buyer, orderId, "AIRTEL_MONEY", airtel("91"));

        assertThat(wrongNetwork.statusCode()).isEqualTo(422);
        assertThat(json(wrongNetwork).get("errors").get(0).get("code").asText()).isEqualTo("NETWORK_MISMATCH");
        assertThat(wrongNetwork.body()).doesNotContain(airtel("11").substring(4, 10));
        assertThat(noPhone.statusCode()).isEqualTo(422);
        assertThat(stranger.statusCode()).isEqualTo(404);
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(json(refused).get("errors").get(0).get("code").asText()).isEqualTo("INVALID_NUMBER");
        assertThat(count("SELECT count(*) FROM payments p JOIN payment_orders po ON po.payment_id = p.id"
                + " WHERE po.order_id = '" + orderId + "' AND p.status <> 'FAILED'")).isZero();
        assertThat(json(app.get("/api/v1/orders/" + orderId, RunningApp.as(buyer))).get("status").asText())
                .isEqualTo("PENDING");
    }

    @Test
    void aDeclinedPaymentFailsAndTheBuyerCanTryAgain() {
        String buyer = buyer();
        String orderId = checkout(buyer, item(newShop().onSale("Hoe", "80.00", 5), 1)).get(0).get("id").asText();

        String first = json(pay(buyer, orderId, "AIRTEL_MONEY", airtel("93"))).get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "FAILED".equals(paymentStatus(first)));
        String second = json(pay(buyer, orderId, "AIRTEL_MONEY", airtel("11"))).get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "CAPTURED".equals(paymentStatus(second)));

        assertThat(second).isNotEqualTo(first);
        assertThat(text("SELECT failure FROM payments WHERE id = '" + first + "'")).startsWith("DECLINED");
    }

    @Test
    void paymentsTakenByTheMockProviderAreReconciledFromAStatementInPawaPaysColumns() {
        String buyer = buyer();
        TestShop shop = newShop();
        String[] payments = new String[2];
        for (int i = 0; i < payments.length; i++) {
            String orderId = checkout(buyer, item(shop.onSale("Tin " + i, "40.00", 5), 1)).get(0).get("id").asText();
            String paymentId = json(pay(buyer, orderId, "AIRTEL_MONEY", airtel("11"))).get("transactionId").asText();
            await().atMost(TestTimeouts.EVENTUALLY).until(() -> "CAPTURED".equals(paymentStatus(paymentId)));
            payments[i] = paymentId;
        }
        LocalDate today = LocalDate.now(BusinessTime.LUSAKA);
        String statement = "Transaction ID,Type,Status,Amount,Currency,Created At\n"
                + payments[0] + ",DEPOSIT,COMPLETED,65.00,ZMW," + Instant.now() + "\n"
                + payments[1] + ",DEPOSIT,COMPLETED,66.00,ZMW," + Instant.now() + "\n"
                + UUID.randomUUID() + ",DEPOSIT,COMPLETED,10.00,ZMW," + Instant.now() + "\n";

        ReconcilingStatements.Report report = app.pakashop.reconciliation().reconciling().reconcile(
                app.pakashop.reconciliation().formats().of("mock").orElseThrow(), today, today,
                new ByteArrayInputStream(statement.getBytes(StandardCharsets.UTF_8)), "test:mock-" + UUID.randomUUID(),
                "test", ReconcilingStatements.Progress.NONE);

        Map<DiscrepancyClass, Long> counts = report.run().counts();
        assertThat(report.run().provider()).isEqualTo("MOCK");
        assertThat(counts.get(DiscrepancyClass.MATCHED)).as(counts.toString()).isEqualTo(1);
        assertThat(counts.get(DiscrepancyClass.AMOUNT_MISMATCH)).isEqualTo(1);
        assertThat(counts.get(DiscrepancyClass.MISSING_INTERNALLY)).isEqualTo(1);
    }

    @Test
    void forgedUnsignedAndUnknownCallbacksAreRefusedWhileDuplicatesAndLateFailuresChangeNothing() throws Exception {
        String buyer = buyer();
        String orderId = checkout(buyer, item(newShop().onSale("Pot", "95.00", 5), 1)).get(0).get("id").asText();
        String paymentId = json(pay(buyer, orderId, "AIRTEL_MONEY", airtel("11"))).get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "CAPTURED".equals(paymentStatus(paymentId)));
        String duplicate = "{\"eventId\":\"mock-" + paymentId + "\",\"paymentId\":\"" + paymentId
                + "\",\"status\":\"COMPLETED\",\"amount\":\"120.00\",\"currency\":\"ZMW\"}";
        String lateFailure = "{\"eventId\":\"late-" + paymentId + "\",\"paymentId\":\"" + paymentId
                + "\",\"status\":\"FAILED\",\"failure\":\"TIMEOUT\"}";

        HttpResponse<String> forged = callback(duplicate, "00" + sign(duplicate).substring(2));
        HttpResponse<String> unsigned = app.postJson("/api/v1/payments/webhook/mock", duplicate);
        HttpResponse<String> unknown = app.postJson("/api/v1/payments/webhook/paypal", duplicate);
        HttpResponse<String> again = callback(duplicate, sign(duplicate));
        HttpResponse<String> late = callback(lateFailure, sign(lateFailure));
        HttpResponse<String> garbage = callback("{not json", sign("{not json"));

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(again).get("applied").asText()).isEqualTo("DUPLICATE");
        assertThat(json(late).get("applied").asText()).isEqualTo("IGNORED_OUT_OF_ORDER");
        assertThat(garbage.statusCode()).isEqualTo(401);
        assertThat(paymentStatus(paymentId)).isEqualTo("CAPTURED");
        assertThat(count("SELECT count(*) FROM ledger_entries WHERE reference = 'payment:" + paymentId + "'")).isEqualTo(1);
    }

    @Test
    void moneyThatDoesNotMatchTheOrderGoesToReviewAndSuspenseNotToTheOrder() {
        String buyer = buyer();
        String orderId = checkout(buyer, item(newShop().onSale("Stool", "70.00", 5), 1)).get(0).get("id").asText();

        String paymentId = json(pay(buyer, orderId, "AIRTEL_MONEY", airtel("95"))).get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "REVIEW".equals(paymentStatus(paymentId)));

        assertThat(json(app.get("/api/v1/orders/" + orderId, RunningApp.as(buyer))).get("status").asText())
                .isEqualTo("PENDING");
        assertThat(count("SELECT -sum(p.amount) FROM ledger_postings p JOIN ledger_entries e ON e.id = p.entry_id"
                + " WHERE e.reference = 'payment:" + paymentId + "' AND p.account = 'SUSPENSE'")).as("95.00 asked, 94.00 paid")
                .isEqualTo(9_400);
        assertThat(count("SELECT count(*) FROM outbox_events WHERE type = 'PaymentNeedsReview' AND aggregate_id = '"
                + paymentId + "'")).isEqualTo(1);
    }

    @Test
    void aPaymentWithNoAnswerIsGivenUpAndItsOrderThenExpires() throws Exception {
        String buyer = buyer();
        String mop = newShop().onSale("Mop", "40.00", 5);
        String orderId = checkout(buyer, item(mop, 2)).get(0).get("id").asText();
        String paymentId = json(pay(buyer, orderId, "AIRTEL_MONEY", airtel("94"))).get("transactionId").asText();
        CouponsTest.sql("UPDATE orders SET pay_by = now() - interval '1 minute' WHERE id = '" + orderId + "'");

        app.pakashop.ordering().expiringOrders().expireDue();
        String whilePaying = status(buyer, orderId);
        CouponsTest.sql("UPDATE payments SET created_at = now() - interval '2 hours' WHERE id = '" + paymentId + "'");
        app.pakashop.payments().reconciling().recheck();
        app.pakashop.ordering().expiringOrders().expireDue();

        assertThat(whilePaying).as("not expired while the buyer may still be approving").isEqualTo("PENDING");
        assertThat(paymentStatus(paymentId)).isEqualTo("FAILED");
        assertThat(text("SELECT failure FROM payments WHERE id = '" + paymentId + "'")).contains("no final answer");
        assertThat(status(buyer, orderId)).isEqualTo("EXPIRED");
        assertThat(count("SELECT stock FROM products WHERE id = '" + mop + "'")).isEqualTo(5);
    }

    static String sign(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> callback(String body, String signature) {
        return app.postJson("/api/v1/payments/webhook/mock", body, "X-Mock-Signature", signature);
    }

    static String airtel(String ending) {
        return "+26097" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000)) + ending;
    }

    private static HttpResponse<String> pay(String buyer, String orderId, String method, String phone) {
        return app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId + "\",\"method\":\"" + method
                + "\",\"phone\":\"" + phone + "\"}", RunningApp.as(buyer));
    }

    private static String paymentStatus(String paymentId) {
        return text("SELECT status FROM payments WHERE id = '" + paymentId + "'");
    }

    private static String status(String buyer, String orderId) {
        return json(app.get("/api/v1/orders/" + orderId, RunningApp.as(buyer))).get("status").asText();
    }

    private static long posted(String account) {
        return count("SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE account = '" + account + "'");
    }

    private static JsonNode checkout(String buyer, String items) {
        HttpResponse<String> placed = app.postJson("/api/v1/orders", TestShop.delivered("{\"items\":[" + items + "]}"), "x-pakashop-key",
                RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer, "Idempotency-Key", "pay-" + UUID.randomUUID());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json(placed).get("orders");
    }

    private static String buyer() {
        return accounts.buyerToken();
    }

    private static TestShop newShop() {
        return new TestShop(app, accounts, admin, category);
    }
}
