package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.testkit.TestTimeouts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Refunds end to end with the mock provider: staff refunds, refunds of cancelled paid orders, and what is refused. */
class RefundsTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAWAPAY_WEBHOOK_SECRET", PaymentsTest.WEBHOOK_SECRET);
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "150");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        category = TestShop.category(app, admin, "Refunds-" + UUID.randomUUID().toString().substring(0, 6));
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void financeRefundsPartThenTheRestAndTheOrderIsCancelledWithItsStockBackAndTheBooksBalanced() {
        Paid paid = paidOrder("Blanket", "300.00", 2);

        JsonNode part = json(refund(paid.paymentId, "{\"amount\":{\"amount\":\"100.00\",\"currency\":\"ZMW\"},"
                + "\"reason\":\"one blanket arrived torn\"}", "part-" + UUID.randomUUID()));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "COMPLETED".equals(refundStatus(part.get("id").asText())));
        String afterPart = paymentStatus(paid.paymentId);
        JsonNode rest = json(refund(paid.paymentId, "{\"reason\":\"buyer returned the rest\"}", "rest-" + UUID.randomUUID()));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "COMPLETED".equals(refundStatus(rest.get("id").asText())));

        assertThat(part.get("amount").get("amount").asText()).isEqualTo("100.00");
        assertThat(afterPart).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(rest.get("amount").get("amount").asText()).as("all that was still held")
                .isEqualTo(new java.math.BigDecimal(paid.total).subtract(new java.math.BigDecimal("100.00")).toPlainString());
        assertThat(paymentStatus(paid.paymentId)).isEqualTo("REFUNDED");
        JsonNode order = json(app.get("/api/v1/orders/" + paid.orderId, RunningApp.as(paid.buyer)));
        assertThat(order.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.get("settlementStatus").asText()).isEqualTo("REFUNDED");
        assertThat(count("SELECT stock FROM products WHERE id = '" + paid.productId + "'")).isEqualTo(5);
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE account = 'FUNDS_HELD:"
                + paid.orderId + "'")).as("nothing held any more").isZero();
        assertThat(count("SELECT count(*) FROM ledger_entries WHERE kind = 'REFUND'"
                + " AND reference IN ('refund:" + part.get("id").asText() + "', 'refund:" + rest.get("id").asText() + "')"))
                .isEqualTo(2);
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings")).as("the books balance").isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'PAYMENT_REFUND_REQUESTED' AND subject = 'payment:"
                + paid.paymentId + "'")).isEqualTo(2);
        JsonNode view = json(app.get("/api/v1/admin/payments/" + paid.paymentId, RunningApp.as(admin)));
        assertThat(view.get("refunds")).hasSize(2);
        assertThat(view.get("refunded").get("amount").asText()).isEqualTo(paid.total);
    }

    @Test
    void theSameIdempotencyKeyReturnsTheSameRefundAndNeverPaysTwice() {
        Paid paid = paidOrder("Kettle", "180.00", 1);
        String key = "kettle-" + UUID.randomUUID();
        String body = "{\"amount\":{\"amount\":\"50.00\",\"currency\":\"ZMW\"},\"reason\":\"lid missing\"}";

        JsonNode first = json(refund(paid.paymentId, body, key));
        JsonNode again = json(refund(paid.paymentId, body, key));
        HttpResponse<String> otherBody = refund(paid.paymentId,
                "{\"amount\":{\"amount\":\"60.00\",\"currency\":\"ZMW\"},\"reason\":\"lid missing\"}", key);
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "COMPLETED".equals(refundStatus(first.get("id").asText())));

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(json(otherBody).get("errors").get(0).get("code").asText()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(count("SELECT count(*) FROM refunds WHERE payment_id = '" + paid.paymentId + "'")).isEqualTo(1);
        assertThat(text("SELECT refunded FROM payments WHERE id = '" + paid.paymentId + "'")).isEqualTo("5000");
    }

    @Test
    void refundsBeyondWhatIsHeldWhileAnotherIsOnItsWayOrByBuyersAreRefusedAndChangeNothing() {
        Paid paid = paidOrder("Lamp", "90.00", 1);

        HttpResponse<String> tooMuch = refund(paid.paymentId, "{\"amount\":{\"amount\":\"9000.00\",\"currency\":\"ZMW\"},"
                + "\"reason\":\"typo\"}", "much-" + UUID.randomUUID());
        HttpResponse<String> noReason = refund(paid.paymentId, "{}", "none-" + UUID.randomUUID());
        HttpResponse<String> noKey = app.postJson("/api/v1/admin/payments/" + paid.paymentId + "/refunds",
                "{\"reason\":\"no key\"}", RunningApp.as(admin));
        HttpResponse<String> byBuyer = app.postJson("/api/v1/admin/payments/" + paid.paymentId + "/refunds",
                "{\"reason\":\"I want it back\"}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization",
                "Bearer " + paid.buyer, "Idempotency-Key", "buyer-" + UUID.randomUUID());
        HttpResponse<String> unknown = refund(UUID.randomUUID().toString(), "{\"reason\":\"who?\"}", "x-" + UUID.randomUUID());
        JsonNode first = json(refund(paid.paymentId, "{\"amount\":{\"amount\":\"10.00\",\"currency\":\"ZMW\"},"
                + "\"reason\":\"scratch\"}", "first-" + UUID.randomUUID()));
        HttpResponse<String> beside = refund(paid.paymentId, "{\"amount\":{\"amount\":\"10.00\",\"currency\":\"ZMW\"},"
                + "\"reason\":\"another scratch\"}", "beside-" + UUID.randomUUID());

        assertThat(tooMuch.statusCode()).isEqualTo(409);
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noKey.statusCode()).isEqualTo(422);
        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(first.get("status").asText()).isIn("PENDING", "COMPLETED");
        assertThat(beside.statusCode()).as("one refund of a payment at a time").isEqualTo(409);
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "COMPLETED".equals(refundStatus(first.get("id").asText())));
        assertThat(count("SELECT count(*) FROM refunds WHERE payment_id = '" + paid.paymentId + "'")).isEqualTo(1);
    }

    @Test
    void aPaidOrderTheVendorCancelsIsRefundedInFullByItself() {
        Paid paid = paidOrder("Chitenge", "250.00", 1);

        HttpResponse<String> cancelled = app.postJson("/api/v1/orders/" + paid.orderId + "/cancel",
                "{\"reason\":\"fabric sold out at the market\"}", RunningApp.as(paid.shop.vendor));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> {
            app.pakashop.relayingOutboxEvents().relayOnce();
            return "REFUNDED".equals(paymentStatus(paid.paymentId));
        });

        assertThat(json(cancelled).get("settlementStatus").asText()).as("held until the money is back").isEqualTo("HELD");
        JsonNode order = json(app.get("/api/v1/orders/" + paid.orderId, RunningApp.as(paid.buyer)));
        assertThat(order.get("settlementStatus").asText()).isEqualTo("REFUNDED");
        assertThat(text("SELECT cause FROM refunds WHERE order_id = '" + paid.orderId + "'")).isEqualTo("ORDER_CANCELLED");
        assertThat(text("SELECT amount FROM refunds WHERE order_id = '" + paid.orderId + "'"))
                .isEqualTo(new java.math.BigDecimal(paid.total).movePointRight(2).toPlainString());
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings")).isZero();
    }

    @Test
    void aPaymentForSeveralOrdersIsRefundedOneNamedOrderAtATime() {
        String buyer = accounts.buyerToken();
        String a = newShop().onSale("Sugar", "40.00", 5);
        String b = newShop().onSale("Salt", "12.00", 5);
        JsonNode orders = checkout(buyer, item(a, 1) + "," + item(b, 1));
        String checkoutId = orders.get(0).get("checkoutId").asText();
        String paymentId = json(app.postJson("/api/v1/payments/initiate", "{\"checkoutId\":\"" + checkoutId
                + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\"" + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer)))
                .get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "CAPTURED".equals(paymentStatus(paymentId)));

        HttpResponse<String> unnamed = refund(paymentId, "{\"reason\":\"which one?\"}", "unnamed-" + UUID.randomUUID());
        String salt = orders.get(0).get("shopId").asText().equals(text("SELECT shop_id FROM products WHERE id = '" + b + "'"))
                ? orders.get(0).get("id").asText() : orders.get(1).get("id").asText();
        JsonNode named = json(refund(paymentId, "{\"orderId\":\"" + salt + "\",\"reason\":\"salt was damp\"}",
                "named-" + UUID.randomUUID()));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "COMPLETED".equals(refundStatus(named.get("id").asText())));

        assertThat(unnamed.statusCode()).isEqualTo(422);
        assertThat(named.get("orderId").asText()).isEqualTo(salt);
        assertThat(paymentStatus(paymentId)).isEqualTo("PARTIALLY_REFUNDED");
        for (JsonNode order : orders) {
            String id = order.get("id").asText();
            String settlement = json(app.get("/api/v1/orders/" + id, RunningApp.as(buyer))).get("settlementStatus").asText();
            assertThat(settlement).isEqualTo(id.equals(salt) ? "REFUNDED" : "HELD");
        }
    }

    private Paid paidOrder(String title, String price, int quantity) {
        TestShop shop = newShop();
        String product = shop.onSale(title, price, 5);
        String buyer = accounts.buyerToken();
        JsonNode order = checkout(buyer, item(product, quantity)).get(0);
        String orderId = order.get("id").asText();
        String paymentId = json(app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\"" + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer)))
                .get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "CAPTURED".equals(paymentStatus(paymentId)));
        return new Paid(shop, product, buyer, orderId, paymentId,
                order.get("priceBreakdown").get("total").get("amount").asText());
    }

    private static HttpResponse<String> refund(String paymentId, String body, String key) {
        return app.postJson("/api/v1/admin/payments/" + paymentId + "/refunds", body, "x-pakashop-key",
                RunningApp.CLIENT_KEY, "Authorization", "Bearer " + admin, "Idempotency-Key", key);
    }

    private static String paymentStatus(String paymentId) {
        return text("SELECT status FROM payments WHERE id = '" + paymentId + "'");
    }

    private static String refundStatus(String refundId) {
        return json(app.get("/api/v1/admin/refunds/" + refundId, RunningApp.as(admin))).get("status").asText();
    }

    private static JsonNode checkout(String buyer, String items) {
        HttpResponse<String> placed = app.postJson("/api/v1/orders", TestShop.delivered("{\"items\":[" + items + "]}"), "x-pakashop-key",
                RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer, "Idempotency-Key", "refund-" + UUID.randomUUID());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        return json(placed).get("orders");
    }

    private static TestShop newShop() {
        return new TestShop(app, accounts, admin, category);
    }

    private record Paid(TestShop shop, String productId, String buyer, String orderId, String paymentId, String total) {
    }
}
