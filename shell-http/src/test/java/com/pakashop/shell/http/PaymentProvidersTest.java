package com.pakashop.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Seed flows 4.1 and 4.2 with PAYMENT_PROVIDER=AUTO and the real pawaPay and Flutterwave adapters
 * pointed at WireMock: signed pawaPay callbacks, fail-over to Flutterwave, cards with a return
 * and a webhook that is only ever a trigger to verify.
 */
class PaymentProvidersTest {
    private static final String HASH = "flutterwave-secret-hash-for-tests";
    private static final String KEY_ID = "HTTP_EC_P256_KEY:1";
    private static final WireMockServer pawapay = new WireMockServer(options().dynamicPort());
    private static final WireMockServer flutterwave = new WireMockServer(options().dynamicPort());
    private static KeyPair keys;
    private static RunningApp app;
    private static Accounts accounts;
    private static TestShop shop;
    private static String admin;

    @BeforeAll
    static void start() throws Exception {
        pawapay.start();
        flutterwave.start();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        keys = generator.generateKeyPair();
        Map<String, String> env = RunningApp.environment();
        env.put("PAYMENT_PROVIDER", "AUTO");
        env.put("PAWAPAY_API_KEY", "pawapay-sandbox-token");
        env.put("PAWAPAY_WEBHOOK_SECRET", "unused-by-pawapay-itself");
        env.put("FLUTTERWAVE_SECRET_KEY", "FLWSECK_TEST-0123456789-X");
        env.put("FLUTTERWAVE_SECRET_HASH", HASH);
        env.put("PAKASHOP_PAWAPAY_BASE_URL", pawapay.baseUrl());
        env.put("PAKASHOP_FLUTTERWAVE_BASE_URL", flutterwave.baseUrl());
        env.put("PAKASHOP_PROVIDER_TIMEOUT_SECONDS", TestTimeouts.providerCallSeconds());
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
        shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "Providers"));
    }

    @BeforeEach
    void freshStubs() {
        pawapay.resetAll();
        flutterwave.resetAll();
        String pem = "-----BEGIN PUBLIC KEY-----\\n" + Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())
                + "\\n-----END PUBLIC KEY-----";
        pawapay.stubFor(get("/v2/public-key/http").willReturn(okJson("[{\"id\":\"" + KEY_ID + "\",\"key\":\"" + pem + "\"}]")));
    }

    @AfterAll
    static void stop() {
        app.close();
        pawapay.stop();
        flutterwave.stop();
    }

    @Test
    void mobileMoneyGoesToPawaPayAndItsSignedCallbackCapturesThePayment() throws Exception {
        String buyer = accounts.buyerToken();
        String orderId = order(buyer, "Blanket", "150.00");
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\",\"nextStep\":\"FINAL_STATUS\"}")));

        JsonNode initiated = json(pay(buyer, orderId, "MTN_MOMO", "0961234567"));
        String paymentId = initiated.get("transactionId").asText();
        String callback = "{\"depositId\":\"" + paymentId + "\",\"status\":\"COMPLETED\",\"amount\":\"175.00\","
                + "\"currency\":\"ZMW\",\"country\":\"ZMB\",\"payer\":{\"type\":\"MMO\",\"accountDetails\":"
                + "{\"phoneNumber\":\"260961234567\",\"provider\":\"MTN_MOMO_ZMB\"}},"
                + "\"providerTransactionId\":\"MP261124.1015.C44871\",\"metadata\":{\"paymentId\":\"" + paymentId + "\"}}";
        HttpResponse<String> unsigned = app.postJson("/api/v1/payments/webhook/pawapay", callback);
        HttpResponse<String> signed = signedCallback(callback);
        HttpResponse<String> again = signedCallback(callback);

        assertThat(initiated.get("type").asText()).isEqualTo("ussd");
        pawapay.verify(postRequestedFor(urlEqualTo("/v2/deposits"))
                .withRequestBody(matchingJsonPath("$.depositId", equalTo(paymentId)))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("175.00")))
                .withRequestBody(matchingJsonPath("$.payer.accountDetails.provider", equalTo("MTN_MOMO_ZMB"))));
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(json(signed).get("applied").asText()).as(signed.body()).isEqualTo("CAPTURED");
        assertThat(json(again).get("applied").asText()).isEqualTo("DUPLICATE");
        assertThat(orderStatus(buyer, orderId)).isEqualTo("PAID");
        assertThat(text("SELECT provider FROM payments WHERE id = '" + paymentId + "'")).isEqualTo("PAWAPAY");
    }

    @Test
    void whenPawaPayCannotTakeItMobileMoneyFailsOverToFlutterwave() {
        String buyer = accounts.buyerToken();
        String orderId = order(buyer, "Kettle", "80.00");
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"REJECTED\",\"failureReason\":"
                + "{\"failureCode\":\"PROVIDER_TEMPORARILY_UNAVAILABLE\",\"failureMessage\":\"Airtel is closed\"}}")));
        flutterwave.stubFor(post(urlPathEqualTo("/v3/charges")).willReturn(okJson("{\"status\":\"success\","
                + "\"message\":\"Charge initiated\",\"meta\":{\"authorization\":{\"mode\":\"redirect\","
                + "\"redirect\":\"https://ravemodal-dev.herokuapp.com/captcha/verify/lang-en/97640\"}}}")));

        JsonNode initiated = json(pay(buyer, orderId, "AIRTEL_MONEY", "0971234567"));
        String paymentId = initiated.get("transactionId").asText();
        flutterwave.stubFor(get("/v3/transactions/verify_by_reference?tx_ref=" + paymentId).willReturn(okJson(
                "{\"status\":\"success\",\"data\":{\"id\":8412207713,\"tx_ref\":\"" + paymentId + "\",\"amount\":105,"
                        + "\"currency\":\"ZMW\",\"status\":\"successful\",\"payment_type\":\"mobilemoneyzm\"}}")));
        HttpResponse<String> webhook = app.postJson("/api/v1/payments/webhook/flutterwave", "{\"event\":\"charge.completed\","
                + "\"data\":{\"id\":8412207713,\"tx_ref\":\"" + paymentId + "\",\"amount\":1,\"currency\":\"ZMW\","
                + "\"status\":\"successful\"}}", "verif-hash", HASH);

        assertThat(initiated.get("type").asText()).isEqualTo("redirect");
        assertThat(initiated.get("url").asText()).startsWith("https://ravemodal-dev.herokuapp.com/");
        assertThat(text("SELECT provider FROM payments WHERE id = '" + paymentId + "'")).isEqualTo("FLUTTERWAVE");
        assertThat(json(webhook).get("applied").asText()).as("the webhook's amount of 1 is not believed; verify's is")
                .isEqualTo("CAPTURED");
        assertThat(orderStatus(buyer, orderId)).isEqualTo("PAID");
    }

    @Test
    void aCardIsPaidOnFlutterwavesPageAndConfirmedWhenTheBuyerComesBack() {
        String buyer = accounts.buyerToken();
        String orderId = order(buyer, "Radio", "450.00");
        flutterwave.stubFor(post("/v3/payments").willReturn(okJson("{\"status\":\"success\",\"message\":\"Hosted Link\","
                + "\"data\":{\"link\":\"https://checkout.flutterwave.com/v3/hosted/pay/abc\"}}")));

        JsonNode initiated = json(app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"CARD\"}", RunningApp.as(buyer)));
        String paymentId = initiated.get("transactionId").asText();
        HttpResponse<String> tooEarly = app.get("/api/v1/payments/flutterwave/return?tx_ref=" + paymentId
                + "&transaction_id=1", RunningApp.client());
        flutterwave.stubFor(get("/v3/transactions/verify_by_reference?tx_ref=" + paymentId).willReturn(okJson(
                "{\"status\":\"success\",\"data\":{\"id\":55,\"tx_ref\":\"" + paymentId + "\",\"amount\":475,"
                        + "\"currency\":\"ZMW\",\"status\":\"successful\",\"payment_type\":\"card\"}}")));
        HttpResponse<String> back = app.get("/api/v1/payments/flutterwave/return?tx_ref=" + paymentId
                + "&transaction_id=55", RunningApp.client());
        HttpResponse<String> webhook = app.postJson("/api/v1/payments/webhook/flutterwave", "{\"event\":\"charge.completed\","
                + "\"data\":{\"id\":55,\"tx_ref\":\"" + paymentId + "\",\"status\":\"successful\"}}", "verif-hash", HASH);
        HttpResponse<String> forged = app.postJson("/api/v1/payments/webhook/flutterwave", "{\"event\":\"charge.completed\","
                + "\"data\":{\"id\":56,\"tx_ref\":\"" + paymentId + "\",\"status\":\"successful\"}}", "verif-hash", "guess");

        assertThat(initiated.get("url").asText()).isEqualTo("https://checkout.flutterwave.com/v3/hosted/pay/abc");
        flutterwave.verify(postRequestedFor(urlEqualTo("/v3/payments"))
                .withRequestBody(matchingJsonPath("$.redirect_url",
                        equalTo("http://localhost:3000/payment/callback?orderId=" + orderId))));
        assertThat(tooEarly.statusCode()).as("no transaction yet: nothing applied").isIn(200, 503);
        assertThat(json(back).get("applied").asText()).isEqualTo("CAPTURED");
        assertThat(json(webhook).get("applied").asText()).isEqualTo("NOTHING_NEW");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(orderStatus(buyer, orderId)).isEqualTo("PAID");
        flutterwave.verify(getRequestedFor(urlEqualTo("/v3/transactions/verify_by_reference?tx_ref=" + paymentId)));
    }

    @Test
    void aPawaPayRefundWhoseAnswerWasLostIsFoundByTheRecheckAndALateCallbackChangesNothingMore() throws Exception {
        String buyer = accounts.buyerToken();
        String orderId = order(buyer, "Lantern", "120.00");
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\"}")));
        String paymentId = json(pay(buyer, orderId, "MTN_MOMO", "0961234567")).get("transactionId").asText();
        signedCallback("{\"depositId\":\"" + paymentId + "\",\"status\":\"COMPLETED\",\"amount\":\"145.00\","
                + "\"currency\":\"ZMW\",\"providerTransactionId\":\"MP261124.1015.C1\"}");
        pawapay.stubFor(post("/v2/refunds").willReturn(okJson("{\"status\":\"ACCEPTED\"}").withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));
        pawapay.stubFor(get(urlPathMatching("/v2/refunds/.*")).willReturn(okJson("{\"status\":\"NOT_FOUND\"}")));

        JsonNode requested = json(app.postJson("/api/v1/admin/payments/" + paymentId + "/refunds",
                "{\"reason\":\"lantern glass broken\"}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization",
                "Bearer " + admin, "Idempotency-Key", "lantern-" + UUID.randomUUID()));
        String refundId = requested.get("id").asText();
        pawapay.stubFor(get("/v2/refunds/" + refundId).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{\"refundId\":\""
                + refundId + "\",\"status\":\"COMPLETED\",\"amount\":\"145.00\",\"currency\":\"ZMW\"}}")));
        CouponsTest.sql("UPDATE refunds SET updated_at = now() - interval '10 minutes' WHERE id = '" + refundId + "'");
        app.pakashop.payments().recheckingRefunds().recheck();
        HttpResponse<String> late = signedCallback("{\"refundId\":\"" + refundId + "\",\"status\":\"COMPLETED\","
                + "\"amount\":\"145.00\",\"currency\":\"ZMW\"}");

        assertThat(requested.get("status").asText()).as("the answer was lost").isEqualTo("REQUESTED");
        pawapay.verify(postRequestedFor(urlEqualTo("/v2/refunds"))
                .withRequestBody(matchingJsonPath("$.refundId", equalTo(refundId)))
                .withRequestBody(matchingJsonPath("$.depositId", equalTo(paymentId)))
                .withRequestBody(matchingJsonPath("$.amount", equalTo("145.00"))));
        assertThat(text("SELECT status FROM refunds WHERE id = '" + refundId + "'")).isEqualTo("COMPLETED");
        assertThat(json(late).get("applied").asText()).isEqualTo("NOTHING_NEW");
        assertThat(text("SELECT status FROM payments WHERE id = '" + paymentId + "'")).isEqualTo("REFUNDED");
        assertThat(CouponsTest.count("SELECT count(*) FROM ledger_entries WHERE reference = 'refund:" + refundId + "'"))
                .isEqualTo(1);
    }

    @Test
    void aFlutterwaveRefundWithALostAnswerIsNeverSentAgainButGoesToFinanceWhoResolveIt() throws Exception {
        String buyer = accounts.buyerToken();
        String orderId = order(buyer, "Speaker", "300.00");
        flutterwave.stubFor(post("/v3/payments").willReturn(okJson("{\"status\":\"success\",\"data\":{\"link\":"
                + "\"https://checkout.flutterwave.com/v3/hosted/pay/def\"}}")));
        String paymentId = json(app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"CARD\"}", RunningApp.as(buyer))).get("transactionId").asText();
        flutterwave.stubFor(get("/v3/transactions/verify_by_reference?tx_ref=" + paymentId).willReturn(okJson(
                "{\"status\":\"success\",\"data\":{\"id\":77,\"tx_ref\":\"" + paymentId + "\",\"amount\":325,"
                        + "\"currency\":\"ZMW\",\"status\":\"successful\",\"payment_type\":\"card\"}}")));
        app.get("/api/v1/payments/flutterwave/return?tx_ref=" + paymentId + "&transaction_id=77", RunningApp.client());
        flutterwave.stubFor(post("/v3/transactions/77/refund").willReturn(aResponse().withStatus(502)));

        String refundId = json(app.postJson("/api/v1/admin/payments/" + paymentId + "/refunds",
                "{\"reason\":\"speaker hums\"}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization",
                "Bearer " + admin, "Idempotency-Key", "speaker-" + UUID.randomUUID())).get("id").asText();
        CouponsTest.sql("UPDATE refunds SET updated_at = now() - interval '10 minutes' WHERE id = '" + refundId + "'");
        app.pakashop.payments().recheckingRefunds().recheck();
        String afterRecheck = text("SELECT status FROM refunds WHERE id = '" + refundId + "'");
        HttpResponse<String> resolved = app.postJson("/api/v1/admin/refunds/" + refundId + "/resolve",
                "{\"outcome\":\"COMPLETED\",\"note\":\"refund 77102 seen in the Flutterwave dashboard\"}",
                RunningApp.as(admin));

        assertThat(afterRecheck).isEqualTo("UNCERTAIN");
        flutterwave.verify(1, postRequestedFor(urlEqualTo("/v3/transactions/77/refund")));
        assertThat(json(resolved).get("status").asText()).as(resolved.body()).isEqualTo("COMPLETED");
        assertThat(text("SELECT status FROM payments WHERE id = '" + paymentId + "'")).isEqualTo("REFUNDED");
        assertThat(CouponsTest.count("SELECT count(*) FROM audit_log WHERE action = 'REFUND_RESOLVED' AND subject = 'refund:"
                + refundId + "'")).isEqualTo(1);
    }

    /** Signs as pawaPay does, for the Host our server sees. */
    private static HttpResponse<String> signedCallback(String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String digest = "sha-512=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes)) + ":";
        Instant now = Instant.now();
        String path = "/api/v1/payments/webhook/pawapay";
        String authority = URI.create("http://127.0.0.1:" + app.app.port()).getAuthority();
        String params = "(\"@method\" \"@authority\" \"@path\" \"signature-date\" \"content-digest\" \"content-type\")"
                + ";alg=\"ecdsa-p256-sha256\";keyid=\"" + KEY_ID + "\";created=" + now.getEpochSecond()
                + ";expires=" + (now.getEpochSecond() + 60);
        String base = "\"@method\": POST\n\"@authority\": " + authority + "\n\"@path\": " + path
                + "\n\"signature-date\": " + now + "\n\"content-digest\": " + digest
                + "\n\"content-type\": application/json\n\"@signature-params\": " + params;
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(keys.getPrivate());
        ecdsa.update(base.getBytes(StandardCharsets.UTF_8));
        return app.postJson(path, body, "Content-Digest", digest, "Signature-Date", now.toString(),
                "Signature-Input", "sig-pp=" + params,
                "Signature", "sig-pp=:" + Base64.getEncoder().encodeToString(ecdsa.sign()) + ":");
    }

    private static HttpResponse<String> pay(String buyer, String orderId, String method, String phone) {
        return app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId + "\",\"method\":\"" + method
                + "\",\"phone\":\"" + phone + "\"}", RunningApp.as(buyer));
    }

    private static String order(String buyer, String title, String price) {
        HttpResponse<String> placed = app.postJson("/api/v1/orders", "{\"items\":[" + item(shop.onSale(title, price, 5), 1)
                + "],"
                + TestShop.DESTINATION + "}", "x-pakashop-key", RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer,
                "Idempotency-Key", "providers-" + UUID.randomUUID());
        return json(placed).get("orders").get(0).get("id").asText();
    }

    private static String orderStatus(String buyer, String orderId) {
        return json(app.get("/api/v1/orders/" + orderId, RunningApp.as(buyer))).get("status").asText();
    }
}
