package com.pakashop.shell.http;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static com.pakashop.shell.http.CouponsTest.count;
import static com.pakashop.shell.http.CouponsTest.sql;
import static com.pakashop.shell.http.CouponsTest.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.settlement.SettlementBatch;
import com.pakashop.testkit.TestTimeouts;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Settlement through the real pawaPay adapter on WireMock: the payout's first request times out
 * after pawaPay may have taken it, pawaPay is asked (NOT_FOUND), the same payout id goes again,
 * and the payout completes once, with one PAYOUT entry and the order SETTLED.
 */
class PawaPaySettlementTest {
    private static final WireMockServer pawapay = new WireMockServer(options().dynamicPort());
    private static RunningApp app;
    private static String admin;
    private static Accounts accounts;

    @BeforeAll
    static void start() {
        pawapay.start();
        pawapay.stubFor(post("/v2/payouts").atPriority(10).willReturn(okJson("{\"status\":\"ACCEPTED\"}")));
        pawapay.stubFor(get(urlPathMatching("/v2/payouts/.*"))
                .atPriority(10).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{\"status\":\"COMPLETED\"}}")));
        Map<String, String> env = RunningApp.environment();
        env.put("PAYMENT_PROVIDER", "PAWAPAY");
        env.put("PAWAPAY_API_KEY", "pawapay-sandbox-token");
        env.put("PAWAPAY_WEBHOOK_SECRET", "pawapay-webhook-secret");
        env.put("PAKASHOP_PAWAPAY_BASE_URL", pawapay.baseUrl());
        env.put("PAKASHOP_PROVIDER_TIMEOUT_SECONDS", TestTimeouts.providerCallSeconds());
        env.put("PAKASHOP_SETTLEMENT_MINIMUM", "1.00");
        app = RunningApp.start(env);
        accounts = new Accounts(app);
        admin = accounts.superAdminToken();
    }

    @AfterAll
    static void stop() {
        app.close();
        pawapay.stop();
    }

    @Test
    void aPayoutWhoseAnswerWasLostIsAskedAboutThenSentAgainUnderTheSameIdAndPaidOnce() throws Exception {
        TestShop shop = new TestShop(app, accounts, admin, TestShop.category(app, admin, "PawaPaySettle"));
        String order = releasableOrder(shop.id);
        SettlementBatch batch = app.pakashop.settlement().planning().plan(app.pakashop.clock().instant(), "MANUAL", "test",
                RequestContext.NONE);
        String payout = text("SELECT id FROM payouts WHERE batch_id = '" + batch.id() + "' AND payee_id = '" + shop.id + "'");
        pawapay.stubFor(post("/v2/payouts").atPriority(1).withRequestBody(matchingJsonPath("$.payoutId",
                        equalTo(payout)))
                .inScenario("lost").whenScenarioStateIs(STARTED).willSetStateTo("asked")
                .willReturn(okJson("{\"payoutId\":\"" + payout + "\",\"status\":\"ACCEPTED\"}").withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));
        pawapay.stubFor(get("/v2/payouts/" + payout).atPriority(1).inScenario("lost").whenScenarioStateIs("asked")
                .willReturn(okJson("{\"status\":\"NOT_FOUND\"}")));
        pawapay.stubFor(post("/v2/payouts").atPriority(1).withRequestBody(matchingJsonPath("$.payoutId",
                        equalTo(payout)))
                .inScenario("lost").whenScenarioStateIs("asked").willSetStateTo("sent")
                .willReturn(okJson("{\"payoutId\":\"" + payout + "\",\"status\":\"ACCEPTED\"}")));
        pawapay.stubFor(get("/v2/payouts/" + payout).atPriority(1).inScenario("lost").whenScenarioStateIs("sent")
                .willReturn(okJson("{\"status\":\"FOUND\",\"data\":{\"payoutId\":\"" + payout
                        + "\",\"status\":\"COMPLETED\"}}")));

        app.pakashop.settlement().payingOut().advance(UUID.fromString(payout));
        String afterTimeOut = text("SELECT status FROM payouts WHERE id = '" + payout + "'");
        await().atMost(TestTimeouts.EVENTUALLY).pollInterval(Duration.ofMillis(300)).until(() -> {
            app.pakashop.settlement().payingOut().execute(batch.id());
            return "COMPLETED".equals(text("SELECT status FROM payouts WHERE id = '" + payout + "'"));
        });

        assertThat(afterTimeOut).as("a time-out is not a refusal").isEqualTo("UNCERTAIN");
        pawapay.verify(2, postRequestedFor(urlEqualTo("/v2/payouts"))
                .withRequestBody(matchingJsonPath("$.payoutId", equalTo(payout))));
        assertThat(count("SELECT count(*) FROM ledger_entries WHERE reference = 'payout:" + payout + "'")).isEqualTo(1);
        assertThat(text("SELECT settlement_status FROM orders WHERE id = '" + order + "'")).isEqualTo("SETTLED");
        assertThat(count("SELECT coalesce(sum(amount), 0) FROM ledger_postings WHERE account = 'VENDOR_PAYABLE:"
                + shop.id + "'")).isZero();
        assertThat(text("SELECT provider FROM payouts WHERE id = '" + payout + "'")).isEqualTo("PAWAPAY");
    }

    /** A delivered order whose release is booked, as confirmation leaves it (135.00 owed to the shop). */
    private static String releasableOrder(String shopId) throws Exception {
        String order = UUID.randomUUID().toString();
        String entry = UUID.randomUUID().toString();
        sql("INSERT INTO orders (id, number, checkout_id, buyer_id, shop_id, currency, items_subtotal, delivery_fee, total,"
                + " vat_included, commission, vendor_net, status, settlement_status, created_at, pay_by) SELECT '" + order
                + "', 'PP-" + order.substring(0, 8) + "', gen_random_uuid(), owner_id, id, 'ZMW', 15000, 2500, 17500, 2414,"
                + " 1500, 13500, 'DELIVERED', 'RELEASABLE', now(), now() FROM shops WHERE id = '"
                + shopId + "'");
        sql("INSERT INTO ledger_entries (id, at, kind, reference) VALUES ('" + entry + "', now(), 'RELEASE', 'order:"
                + order + "')");
        sql("INSERT INTO ledger_postings (entry_id, position, account, currency, amount) VALUES ('" + entry + "', 0,"
                + " 'FUNDS_HELD:" + order + "', 'ZMW', 17500), ('" + entry + "', 1, 'VENDOR_PAYABLE:" + shopId + "', 'ZMW',"
                + " -13500), ('" + entry + "', 2, 'COMMISSION_REVENUE', 'ZMW', -1500), ('" + entry + "', 3,"
                + " 'DELIVERY_FEE_REVENUE', 'ZMW', -2500)");
        return order;
    }
}
