package com.pakashop.shell.http;

import static com.pakashop.shell.http.Accounts.freshPhone;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.sql;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The process dies between the provider's answer and our write, and the callback is lost too
 * (callbacks go to a closed port): the reconciler asks the provider and captures the payment.
 */
class PaymentRecoveryTest {
    private static RunningApp app;
    private static Accounts accounts;
    private static String admin;

    @BeforeAll
    static void start() {
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_PUBLIC_BASE_URL", "http://127.0.0.1:9");
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "0");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
    }

    @AfterAll
    static void stop() throws Exception {
        sql("DROP TRIGGER IF EXISTS crash_after_provider_call ON payments");
        sql("DROP FUNCTION IF EXISTS crash_after_provider_call()");
        app.close();
    }

    @Test
    void aPaymentWhoseWriteFailedAfterTheProviderTookItIsCapturedByTheReconciler() throws Exception {
        String phone = freshPhone();
        String buyerId = accounts.register(phone);
        String buyer = accounts.session(phone).get("accessToken").asText();
        TestShop shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "Recovery"));
        HttpResponse<String> placed = app.postJson("/api/v1/orders", "{\"items\":[" + item(shop.onSale("Bucket", "55.00", 3), 1)
                + "],"
                + TestShop.DESTINATION + "}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "recover-" + UUID.randomUUID());
        String orderId = json(placed).get("orders").get(0).get("id").asText();
        sql("CREATE FUNCTION crash_after_provider_call() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                + "IF OLD.status = 'INITIATED' AND NEW.status = 'PENDING' AND NEW.buyer_id = '" + buyerId + "' THEN "
                + "RAISE EXCEPTION 'simulated crash after the provider call'; END IF; RETURN NEW; END $$");
        sql("CREATE TRIGGER crash_after_provider_call BEFORE UPDATE ON payments FOR EACH ROW "
                + "EXECUTE FUNCTION crash_after_provider_call()");

        HttpResponse<String> crashed = app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\"" + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer));
        String paymentId = text("SELECT payment_id FROM payment_orders WHERE order_id = '" + orderId + "'");
        String statusAfterCrash = text("SELECT status FROM payments WHERE id = '" + paymentId + "'");
        int resolvedTooEarly = app.pakashop.payments().reconciling().recheck();
        sql("UPDATE payments SET created_at = now() - interval '10 minutes' WHERE id = '" + paymentId + "'");
        int resolved = app.pakashop.payments().reconciling().recheck();

        assertThat(crashed.statusCode()).isGreaterThanOrEqualTo(500);
        assertThat(statusAfterCrash).isEqualTo("INITIATED");
        assertThat(resolvedTooEarly).as("younger than the recheck age").isZero();
        assertThat(resolved).isEqualTo(1);
        assertThat(text("SELECT status FROM payments WHERE id = '" + paymentId + "'")).isEqualTo("CAPTURED");
        assertThat(json(app.get("/api/v1/orders/" + orderId, RunningApp.as(buyer))).get("status").asText())
                .isEqualTo("PAID");
        assertThat(app.pakashop.payments().reconciling().recheck()).as("nothing left waiting").isZero();
    }
}
