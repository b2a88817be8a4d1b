package com.pakashop.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.testkit.TestTimeouts;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * pawaPay goes down: mobile money fails over to Flutterwave, pawaPay's circuit opens so it is not
 * even tried, and once pawaPay answers again after the open time its circuit closes and it takes
 * mobile money again.
 */
class ProviderFailoverTest {
    private static WireMockServer pawapay;
    private static final WireMockServer flutterwave = new WireMockServer(options().dynamicPort());
    private static RunningApp app;
    private static Accounts accounts;
    private static TestShop shop;

    @BeforeAll
    static void start() throws Exception {
        int pawapayPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            pawapayPort = socket.getLocalPort();
        }
        pawapay = new WireMockServer(options().port(pawapayPort));
        flutterwave.start();
        flutterwave.stubFor(post(urlPathEqualTo("/v3/charges")).willReturn(okJson("{\"status\":\"success\","
                + "\"message\":\"Charge initiated\",\"meta\":{\"authorization\":{\"mode\":\"redirect\","
                + "\"redirect\":\"https://ravemodal-dev.herokuapp.com/captcha/verify/lang-en/1\"}}}")));
        Map<String, String> env = RunningApp.environment();
        env.put("PAYMENT_PROVIDER", "AUTO");
        env.put("PAWAPAY_API_KEY", "pawapay-sandbox-token");
        env.put("PAWAPAY_WEBHOOK_SECRET", "unused-by-pawapay-itself");
        env.put("FLUTTERWAVE_SECRET_KEY", "FLWSECK_TEST-0123456789-X");
        env.put("FLUTTERWAVE_SECRET_HASH", "flutterwave-secret-hash-for-tests");
        env.put("PAKASHOP_PAWAPAY_BASE_URL", "http://127.0.0.1:" + pawapayPort);
        env.put("PAKASHOP_FLUTTERWAVE_BASE_URL", flutterwave.baseUrl());
        env.put("PAKASHOP_PROVIDER_TIMEOUT_SECONDS", TestTimeouts.providerCallSeconds());
        env.put("PAKASHOP_PROVIDER_CIRCUIT_OPEN_SECONDS", "3");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        String admin = accounts.superAdminToken();
        shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "Failover"));
    }

    @AfterAll
    static void stop() {
        app.close();
        pawapay.stop();
        flutterwave.stop();
    }

    @Test
    void mobileMoneyFailsOverWhilePawaPayIsDownAndReturnsToItWhenItsCircuitCloses() {
        String buyer = accounts.buyerToken();
        for (int i = 0; i < 6; i++) {
            assertThat(providerOf(pay(buyer))).as("pawaPay refuses connections: payment " + i).isEqualTo("FLUTTERWAVE");
        }
        pawapay.start();
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\",\"nextStep\":\"FINAL_STATUS\"}")));
        String whileOpen = providerOf(pay(buyer));

        await().pollDelay(Duration.ofMillis(3_100)).atMost(TestTimeouts.EVENTUALLY)
                .until(() -> "PAWAPAY".equals(providerOf(pay(buyer))));
        String afterwards = providerOf(pay(buyer));

        assertThat(whileOpen).as("the circuit is open: pawaPay is not even asked").isEqualTo("FLUTTERWAVE");
        assertThat(afterwards).as("closed again").isEqualTo("PAWAPAY");
        assertThat(pawapay.findAll(postRequestedFor(urlEqualTo("/v2/deposits")))).hasSizeBetween(2, 4);
        flutterwave.verify(7, postRequestedFor(urlPathEqualTo("/v3/charges")));
    }

    private static String pay(String buyer) {
        String orderId = json(app.postJson("/api/v1/orders", "{\"items\":[" + item(shop.onSale("Maize meal "
                        + UUID.randomUUID().toString().substring(0, 4), "60.00", 5), 1) + "],"
                + TestShop.DESTINATION + "}", "x-pakashop-key",
                RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer, "Idempotency-Key", "failover-" + UUID.randomUUID()))
                .get("orders").get(0).get("id").asText();
        return json(app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId
                + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\"0971234567\"}", RunningApp.as(buyer)))
                .get("transactionId").asText();
    }

    private static String providerOf(String paymentId) {
        return text("SELECT provider FROM payments WHERE id = '" + paymentId + "'");
    }
}
