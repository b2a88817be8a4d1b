package com.pakashop.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.pakashop.shell.http.Accounts.json;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.item;
import static com.pakashop.shell.http.CouponsTest.sql;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.testkit.TestTimeouts;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flow 4.6 against a VSDC on WireMock: the first attempt times out after the VSDC may have
 * signed, the retry is refused as a duplicate (924), and the receipt on file is adopted.
 */
class ZraVsdcTest {
    private static final String SAVE = "/zrasandboxvsdc/trnsSales/saveSales";
    private static final String RECEIPT = """
            { "resultCd": "000", "resultMsg": "It is succeeded", "resultDt": "20261124143007",
              "data": { "rcptNo": 57, "totRcptNo": 231, "intrlData": "7XKQ2MPLA9C4TRW8E3JZN5HB6U",
                "rcptSign": "Q8RW2KZT5MNY7VDA", "vsdcRcptPbctDate": "20261124143007", "sdcId": "SDC010000412",
                "mrcNo": "WIS01004127", "qrCodeUrl": "https://vsdc.example/verify?r=57" } }""";
    private static final WireMockServer vsdc = new WireMockServer(options().dynamicPort());
    private static RunningApp app;
    private static String admin;

    @BeforeAll
    static void start() {
        vsdc.start();
        Map<String, String> env = RunningApp.environment();
        env.put("PAKASHOP_MOCK_PAYMENT_DELAY_MILLIS", "150");
        env.put("ZRA_MOCK_MODE", "false");
        env.put("ZRA_VSDC_URL", vsdc.baseUrl() + "/zrasandboxvsdc");
        env.put("PAKASHOP_ZRA_TIMEOUT_SECONDS", TestTimeouts.providerCallSeconds());
        env.put("PAKASHOP_ZRA_RETRY_BASE_SECONDS", "1");
        app = RunningApp.start(env);
        admin = new Accounts(app).superAdminToken();
        app.put("/api/v1/admin/flags/" + FeatureFlag.ZRA_INVOICING, "{\"enabled\":true,\"reason\":\"vsdc test\"}",
                RunningApp.as(admin));
    }

    @AfterAll
    static void stop() {
        app.put("/api/v1/admin/flags/" + FeatureFlag.ZRA_INVOICING, "{\"enabled\":false,\"reason\":\"vsdc test done\"}",
                RunningApp.as(admin));
        app.close();
        vsdc.stop();
    }

    @Test
    void aTimedOutSaleIsResentIdenticallyAndTheReceiptAlreadyOnFileIsAdopted() throws Exception {
        vsdc.stubFor(post(SAVE).inScenario("lost answer").whenScenarioStateIs(STARTED)
                .willReturn(okJson(RECEIPT).withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)).willSetStateTo("signed"));
        vsdc.stubFor(post(SAVE).inScenario("lost answer").whenScenarioStateIs("signed").willReturn(okJson(
                "{\"resultCd\":\"924\",\"resultMsg\":\"Duplicated invoice number\",\"resultDt\":\"20261124143008\",\"data\":null}")));
        vsdc.stubFor(post("/zrasandboxvsdc/trnsSales/selectInvoice").willReturn(okJson(RECEIPT)));
        Accounts accounts = new Accounts(app);
        TestShop shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "Vsdc"));
        sql("UPDATE shops SET tpin = '1002345678' WHERE id = '" + shop.id + "'");
        String product = shop.onSale("Chitenge fabric 2m", "150.00", 3);
        String buyer = accounts.buyerToken();
        String orderId = json(app.postJson("/api/v1/orders", TestShop.delivered("{\"items\":[" + item(product, 1) + "]}"), "x-pakashop-key",
                RunningApp.CLIENT_KEY, "Authorization", "Bearer " + buyer, "Idempotency-Key", "vsdc-" + UUID.randomUUID()))
                .get("orders").get(0).get("id").asText();
        app.postJson("/api/v1/payments/initiate", "{\"orderId\":\"" + orderId + "\",\"method\":\"AIRTEL_MONEY\",\"phone\":\""
                + PaymentsTest.airtel("11") + "\"}", RunningApp.as(buyer));

        await().atMost(TestTimeouts.EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() -> {
            app.pakashop.relayingOutboxEvents().relayOnce();
            app.pakashop.invoicing().transmitting().transmitDue();
            return count("SELECT count(*) FROM invoices WHERE order_id = '" + orderId + "' AND status = 'TRANSMITTED'") == 1;
        });

        String id = text("SELECT id FROM invoices WHERE order_id = '" + orderId + "'");
        JsonNode detail = json(app.get("/api/v1/admin/invoices/" + id, RunningApp.as(admin)));
        assertThat(detail.get("invoice").get("receipt").get("receiptNumber").asLong()).isEqualTo(57);
        assertThat(detail.get("invoice").get("receipt").get("mock").asBoolean()).isFalse();
        assertThat(detail.get("attempts")).hasSize(2);
        assertThat(detail.get("attempts").get(0).get("accepted").asBoolean()).isFalse();
        assertThat(detail.get("attempts").get(1).get("resultCode").asText()).isEqualTo("924");
        assertThat(detail.get("attempts").get(1).get("payloadSha256").asText())
                .isEqualTo(detail.get("attempts").get(0).get("payloadSha256").asText());
        assertThat(vsdc.findAll(postRequestedFor(urlEqualTo(SAVE))).stream().map(r -> r.getBodyAsString()).distinct())
                .as("the same bytes both times").hasSize(1);
        vsdc.verify(2, postRequestedFor(urlEqualTo(SAVE)).withRequestBody(matchingJsonPath("$.tpin")));
    }
}
