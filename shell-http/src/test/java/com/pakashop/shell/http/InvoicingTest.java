package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.sql;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.domain.shared.BusinessTime;
import com.pakashop.testkit.TestTimeouts;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed flow 4.6 end to end on PostgreSQL with the VSDC simulator (ZRA_MOCK_MODE=true): paid orders
 * become sales, refunds credit notes, with gap-free numbers per branch, skips recorded with their
 * reason, and failures retried with back-off, then FAILED, then retried by finance.
 */
class InvoicingTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;
    private static String category;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAWAPAY_WEBHOOK_SECRET", PaymentsTest.WEBHOOK_SECRET);
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "150");
        env.put("ZRA_MOCK_MODE", "true");
        env.put("PAKASHOP_ZRA_RETRY_BASE_SECONDS", "1");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        category = TestShop.category(app, admin, "Invoices-" + UUID.randomUUID().toString().substring(0, 6));
        switchZra(true);
    }

    @AfterAll
    static void stop() {
        switchZra(false);
        app.close();
    }

    @Test
    void paidOrdersAreReportedWithGapFreeNumbersPerBranchAndAReceiptFromTheVsdc() {
        String tpin = freshTpin();
        TestShop shop = shopWithTpin(tpin, "001");

        JsonNode first = invoiceOfPaidOrder(shop, "Chitenge fabric 2m", "150.00", 1);
        JsonNode second = invoiceOfPaidOrder(shop, "Kapenta 1kg", "99.50", 2);

        assertThat(first.get("status").asText()).isEqualTo("TRANSMITTED");
        assertThat(first.get("number").asText()).isEqualTo("PKS-0000000001");
        assertThat(second.get("number").asText()).isEqualTo("PKS-0000000002");
        assertThat(first.get("tpin").asText()).isEqualTo(tpin);
        assertThat(first.get("branchId").asText()).isEqualTo("001");
        assertThat(first.get("total").get("amount").asText()).isEqualTo("150.00");
        assertThat(first.get("taxableAmount").asText()).isEqualTo("129.3103");
        assertThat(first.get("taxAmount").asText()).isEqualTo("20.6897");
        assertThat(first.get("receipt").get("mock").asBoolean()).isTrue();
        assertThat(first.get("receipt").get("receiptNumber").asLong()).isEqualTo(1);
        JsonNode detail = json(app.get("/api/v1/admin/invoices/" + first.get("id").asText(), RunningApp.as(admin)));
        assertThat(detail.get("attempts")).hasSize(1);
        assertThat(detail.get("attempts").get(0).get("payloadSha256").asText()).hasSize(64);
        assertThat(detail.get("attempts").get(0).get("resultCode").asText()).isEqualTo("000");
        assertThat(detail.get("lines").get(0).get("name").asText()).isEqualTo("Chitenge fabric 2m");
        JsonNode listed = json(app.get("/api/v1/admin/invoices?status=TRANSMITTED&limit=200", RunningApp.as(admin)));
        assertThat(listed.get("items").toString()).contains(first.get("id").asText());
    }

    @Test
    void theSameOrderNeverGetsTwoInvoicesEvenWhenItsEventComesTwice() throws Exception {
        TestShop shop = shopWithTpin(freshTpin(), null);
        JsonNode invoice = invoiceOfPaidOrder(shop, "Blanket", "300.00", 1);
        String orderId = invoice.get("orderId").asText();

        sql("INSERT INTO outbox_events (id, type, aggregate_id, payload, occurred_at) SELECT gen_random_uuid(), type,"
                + " aggregate_id, payload, now() FROM outbox_events WHERE type = 'OrderPaid' AND aggregate_id = '"
                + orderId + "'");
        relay();

        assertThat(count("SELECT count(*) FROM invoices WHERE order_id = '" + orderId + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM outbox_events WHERE type = 'OrderPaid' AND aggregate_id = '" + orderId
                + "'")).isEqualTo(2);
    }

    @Test
    void withoutATpinOrWithTheSwitchOffNothingIsSentAndTheReasonIsKept() {
        TestShop noTpin = new TestShop(app, accounts, admin, category);
        JsonNode skipped = invoiceOfPaidOrder(noTpin, "Salt", "12.00", 1);

        assertThat(skipped.get("status").asText()).isEqualTo("SKIPPED");
        assertThat(skipped.get("skipReason").asText()).contains("TPIN");
        assertThat(skipped.has("number")).as("no number is used up").isFalse();

        switchZra(false);
        try {
            JsonNode off = invoiceOfPaidOrder(shopWithTpin(freshTpin(), null), "Sugar", "40.00", 1);
            assertThat(off.get("status").asText()).isEqualTo("SKIPPED");
            assertThat(off.get("skipReason").asText()).contains(FeatureFlag.ZRA_INVOICING);
        } finally {
            switchZra(true);
        }
    }

    @Test
    void aRefundOfAReportedSaleIssuesACreditNoteAgainstItsReceipt() {
        TestShop shop = shopWithTpin(freshTpin(), null);
        JsonNode sale = invoiceOfPaidOrder(shop, "Kettle", "180.00", 1);
        String paymentId = text("SELECT payment_id FROM payment_orders WHERE order_id = '" + sale.get("orderId").asText()
                + "'");

        HttpResponse<String> refunded = app.postJson("/api/v1/admin/payments/" + paymentId + "/refunds",
                "{\"amount\":{\"amount\":\"50.00\",\"currency\":\"ZMW\"},\"reason\":\"lid missing\"}", "x-pakashop-key",
                RunningApp.CLIENT_KEY, "Authorization", "Bearer " + admin, "Idempotency-Key", "lid-" + UUID.randomUUID());
        assertThat(refunded.statusCode()).as(refunded.body()).isEqualTo(201);
        String orderId = sale.get("orderId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> {
            relay();
            return count("SELECT count(*) FROM invoices WHERE kind = 'CREDIT_NOTE' AND status = 'TRANSMITTED'"
                    + " AND order_id = '" + orderId + "'") == 1;
        });

        String noteId = text("SELECT id FROM invoices WHERE kind = 'CREDIT_NOTE' AND order_id = '" + orderId + "'");
        JsonNode note = json(app.get("/api/v1/admin/invoices/" + noteId, RunningApp.as(admin)));
        assertThat(note.get("invoice").get("originalId").asText()).isEqualTo(sale.get("id").asText());
        assertThat(note.get("invoice").get("number").asText()).as("the branch's next number").isEqualTo("PKS-0000000002");
        assertThat(note.get("invoice").get("total").get("amount").asText()).isEqualTo("50.00");
        assertThat(note.get("lines").get(0).get("quantity").asLong()).isEqualTo(1);
    }

    @Test
    void cancellingAPaidReportedOrderCreditsTheWholeSale() {
        TestShop shop = shopWithTpin(freshTpin(), null);
        JsonNode sale = invoiceOfPaidOrder(shop, "Charcoal", "85.00", 2);
        String orderId = sale.get("orderId").asText();

        HttpResponse<String> cancelled = app.postJson("/api/v1/orders/" + orderId + "/cancel",
                "{\"reason\":\"sold out at the market\"}", RunningApp.as(shop.vendor));
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> {
            relay();
            return count("SELECT count(*) FROM invoices WHERE kind = 'CREDIT_NOTE' AND status = 'TRANSMITTED'"
                    + " AND order_id = '" + orderId + "'") == 1;
        });

        JsonNode note = json(app.get("/api/v1/admin/invoices/" + text("SELECT id FROM invoices WHERE kind = 'CREDIT_NOTE'"
                + " AND order_id = '" + orderId + "'"), RunningApp.as(admin)));
        assertThat(note.get("invoice").get("total").get("amount").asText()).isEqualTo("170.00");
        assertThat(note.get("invoice").get("taxAmount").asText()).isEqualTo(sale.get("taxAmount").asText());
        assertThat(note.get("lines").get(0).get("quantity").asLong()).isEqualTo(2);
    }

    @Test
    void failuresAreRetriedWithBackOffThenFailedAndFinanceCanRetryThem() {
        TestShop shop = shopWithTpin("9999999999", "777");
        JsonNode pending = invoiceOfPaidOrder(shop, "Lamp", "90.00", 1);
        String id = pending.get("id").asText();
        assertThat(pending.get("status").asText()).isEqualTo("PENDING");
        assertThat(pending.get("lastError").asText()).contains("894");

        await().atMost(TestTimeouts.EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() -> {
            app.pakashop.invoicing().transmitting().transmitDue();
            return "FAILED".equals(invoice(id).get("status").asText());
        });
        JsonNode failed = json(app.get("/api/v1/admin/invoices/" + id, RunningApp.as(admin)));
        assertThat(failed.get("attempts")).as("the first attempt and three retries").hasSize(4);
        assertThat(failed.get("attempts").findValuesAsText("payloadSha256")).as("the identical payload each time")
                .containsOnly(failed.get("attempts").get(0).get("payloadSha256").asText());
        String firstAt = failed.get("attempts").get(1).get("at").asText();
        String lastAt = failed.get("attempts").get(3).get("at").asText();
        assertThat(Duration.between(Instant.parse(firstAt), Instant.parse(lastAt)))
                .as("1 s, 2 s, then 4 s apart").isGreaterThanOrEqualTo(Duration.ofSeconds(5));

        String buyer = accounts.buyerToken();
        HttpResponse<String> byBuyer = app.postJson("/api/v1/admin/invoices/" + id + "/retry", "{}", RunningApp.as(buyer));
        JsonNode retried = json(app.postJson("/api/v1/admin/invoices/" + id + "/retry", "{}", RunningApp.as(admin)));
        HttpResponse<String> notFailed = app.postJson("/api/v1/admin/invoices/" + id + "/retry", "{}", RunningApp.as(admin));

        assertThat(byBuyer.statusCode()).isEqualTo(403);
        assertThat(retried.get("attempts")).hasSize(5);
        assertThat(retried.get("invoice").get("status").asText()).as("retrying again later").isEqualTo("PENDING");
        assertThat(notFailed.statusCode()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'INVOICE_RETRIED' AND subject = 'invoice:" + id
                + "'")).isEqualTo(1);
        HttpResponse<String> badStatus = app.get("/api/v1/admin/invoices?status=LOST", RunningApp.as(admin));
        HttpResponse<String> badDay = app.get("/api/v1/admin/invoices?from=24-11-2026", RunningApp.as(admin));
        assertThat(badStatus.statusCode()).isEqualTo(422);
        assertThat(badDay.statusCode()).isEqualTo(422);
        assertThat(app.get("/api/v1/admin/invoices/" + UUID.randomUUID(), RunningApp.as(admin)).statusCode()).isEqualTo(404);
    }

    @Test
    void aFailedInvoiceIsReissuedUnderANewNumberOnceTheVendorFixesItsTpinAndTheOldOneIsVoided() throws Exception {
        TestShop shop = shopWithTpin("9999999999", "778");
        String id = invoiceOfPaidOrder(shop, "Bucket", "45.00", 1).get("id").asText();
        await().atMost(TestTimeouts.EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() -> {
            app.pakashop.invoicing().transmitting().transmitDue();
            return "FAILED".equals(invoice(id).get("status").asText());
        });
        String oldNumber = invoice(id).get("number").asText();
        String tpin = freshTpin();
        sql("UPDATE shops SET tpin = '" + tpin + "' WHERE id = '" + shop.id + "'");
        String path = "/api/v1/admin/invoices/" + id + "/reissue";

        HttpResponse<String> noReason = app.postJson(path, "{\"reason\":\" \"}", RunningApp.as(admin));
        HttpResponse<String> first = app.postJson(path, "{\"reason\":\"vendor registered its real TPIN\"}",
                RunningApp.as(admin));
        HttpResponse<String> again = app.postJson(path, "{\"reason\":\"vendor registered its real TPIN\"}",
                RunningApp.as(admin));
        JsonNode replacement = json(first).get("invoice");
        HttpResponse<String> reissueTransmitted = app.postJson("/api/v1/admin/invoices/" + replacement.get("id").asText()
                + "/reissue", "{\"reason\":\"again\"}", RunningApp.as(admin));
        JsonNode old = json(app.get("/api/v1/admin/invoices/" + id, RunningApp.as(admin)));

        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(replacement.get("status").asText()).isEqualTo("TRANSMITTED");
        assertThat(replacement.get("tpin").asText()).as("from the shop's current data").isEqualTo(tpin);
        assertThat(replacement.get("tpin").asText() + "/" + replacement.get("number").asText())
                .as("numbers run per TPIN and branch: the fixed TPIN starts its own").isNotEqualTo("9999999999/" + oldNumber);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("invoice").get("id").asText()).isEqualTo(replacement.get("id").asText());
        assertThat(reissueTransmitted.statusCode()).isEqualTo(409);
        assertThat(old.get("invoice").get("status").asText()).isEqualTo("VOIDED");
        assertThat(old.get("invoice").get("number").asText()).as("the void keeps its number").isEqualTo(oldNumber);
        assertThat(old.get("voided").get("replacedBy").asText()).isEqualTo(replacement.get("id").asText());
        assertThat(old.get("voided").get("reason").asText()).isEqualTo("vendor registered its real TPIN");
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'INVOICE_REISSUED' AND subject = 'invoice:" + id
                + "'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM invoices WHERE kind = 'SALE' AND status <> 'VOIDED' AND order_id = '"
                + old.get("invoice").get("orderId").asText() + "'")).isEqualTo(1);
    }

    @Test
    void skippedInvoicesAreBackFilledOnceTheShopCanBeReportedAndARepeatDoesNothingNew() throws Exception {
        TestShop shop = new TestShop(app, accounts, admin, category);
        JsonNode skipped = invoiceOfPaidOrder(shop, "Mop", "35.00", 1);
        String id = skipped.get("id").asText();
        String today = LocalDate.now(BusinessTime.LUSAKA).toString();
        String body = "{\"from\":\"" + today + "\",\"to\":\"" + today + "\"}";

        JsonNode stillWithoutTpin = json(app.postJson("/api/v1/admin/invoices/backfill", body, RunningApp.as(admin)));
        sql("UPDATE shops SET tpin = '" + freshTpin() + "' WHERE id = '" + shop.id + "'");
        JsonNode filled = json(app.postJson("/api/v1/admin/invoices/backfill", body, RunningApp.as(admin)));
        JsonNode repeat = json(app.postJson("/api/v1/admin/invoices/backfill", body, RunningApp.as(admin)));
        HttpResponse<String> backwards = app.postJson("/api/v1/admin/invoices/backfill", "{\"from\":\"" + today
                + "\",\"to\":\"2000-01-01\"}", RunningApp.as(admin));
        switchZra(false);
        HttpResponse<String> switchedOff;
        try {
            switchedOff = app.postJson("/api/v1/admin/invoices/backfill", body, RunningApp.as(admin));
        } finally {
            switchZra(true);
        }

        assertThat(stillWithoutTpin.get("stillSkipped").toString()).contains(id).contains("TPIN");
        assertThat(filled.get("issued").toString()).contains(id);
        assertThat(invoice(id).get("status").asText()).isEqualTo("TRANSMITTED");
        assertThat(invoice(id).get("number").asText()).startsWith("PKS-");
        assertThat(repeat.get("issued").toString()).doesNotContain(id);
        assertThat(backwards.statusCode()).isEqualTo(422);
        assertThat(switchedOff.statusCode()).isEqualTo(409);
    }

    private static JsonNode invoiceOfPaidOrder(TestShop shop, String title, String price, int quantity) {
        String product = shop.onSale(title, price, 5);
        String buyer = accounts.buyerToken();
        HttpResponse<String> placed = app.postJson("/api/v1/orders", TestShop.delivered("{\"items\":[" + item(product, quantity) + "]}"),
                "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer, "Idempotency-Key",
                "invoice-" + UUID.randomUUID());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId = json(placed).get("orders").get(0).get("id").asText();
        String paymentId = json(app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\"" + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer)))
                .get("transactionId").asText();
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> "CAPTURED".equals(
                text("SELECT status FROM payments WHERE id = '" + paymentId + "'")));
        await().atMost(TestTimeouts.EVENTUALLY).until(() -> {
            relay();
            return count("SELECT count(*) FROM invoices WHERE kind = 'SALE' AND order_id = '" + orderId + "'") == 1;
        });
        return invoice(text("SELECT id FROM invoices WHERE kind = 'SALE' AND order_id = '" + orderId + "'"));
    }

    private static JsonNode invoice(String id) {
        return json(app.get("/api/v1/admin/invoices/" + id, RunningApp.as(admin))).get("invoice");
    }

    private static TestShop shopWithTpin(String tpin, String branch) {
        TestShop shop = new TestShop(app, accounts, admin, category);
        try {
            sql("UPDATE shops SET tpin = '" + tpin + "', branch_id = " + (branch == null ? "NULL" : "'" + branch + "'")
                    + " WHERE id = '" + shop.id + "'");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return shop;
    }

    private static String freshTpin() {
        return "1" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    private static void relay() {
        app.pakashop.relayingOutboxEvents().relayOnce();
    }

    private static void switchZra(boolean on) {
        HttpResponse<String> set = app.put("/api/v1/admin/flags/" + FeatureFlag.ZRA_INVOICING, "{\"enabled\":" + on
                + ",\"reason\":\"invoicing tests\"}", RunningApp.as(admin));
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
    }
}
