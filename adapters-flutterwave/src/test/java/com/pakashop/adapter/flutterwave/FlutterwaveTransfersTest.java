package com.pakashop.adapter.flutterwave;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.PayoutRequest;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.application.payments.RefundRequest;
import com.pakashop.application.payments.TransferStart;
import com.pakashop.application.payments.TransferState;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refunds and transfers against WireMock, with the payloads of ../shared/reference/flutterwave.md §5–7. */
class FlutterwaveTransfersTest {
    private static final HttpClients CLIENTS = new HttpClients();
    private static final String HASH = "our-secret-hash-0123";
    private final WireMockServer flutterwave = new WireMockServer(options().dynamicPort());
    private FlutterwaveProvider provider;

    @BeforeEach
    void start() {
        flutterwave.start();
        provider = new FlutterwaveProvider(CLIENTS, new FlutterwaveSettings(URI.create(flutterwave.baseUrl()), "FLWSECK_TEST-key-X",
                HASH, TestTimeouts.PROVIDER_CALL, Duration.ofSeconds(30), "payments@pakashop.zm"));
    }

    @AfterEach
    void stop() {
        flutterwave.stop();
    }

    @Test
    void aRefundIsMadeAgainstFlutterwavesTransactionIdAndCompletesAtOnce() {
        RefundRequest refund = new RefundRequest(UUID.randomUUID(), UUID.randomUUID(), Optional.of("8412207713"),
                Money.zmw(5_000), "Item out of stock");
        flutterwave.stubFor(post("/v3/transactions/8412207713/refund").willReturn(okJson("{\"status\":\"success\","
                + "\"message\":\"Transaction refund initiated\",\"data\":{\"id\":77102,\"account_id\":90311,"
                + "\"tx_id\":8412207713,\"flw_ref\":\"FLW-MOCK-9c2f7e1a\",\"wallet_id\":74411,\"amount_refunded\":50,"
                + "\"status\":\"completed\",\"destination\":\"payment_source\",\"meta\":{\"source\":\"availablebalance\"},"
                + "\"created_at\":\"2026-11-25T08:01:44.000Z\"}}")));

        TransferStart start = provider.startRefund(refund);

        assertThat(start).isEqualTo(new TransferStart.Completed(Optional.of("77102")));
        flutterwave.verify(postRequestedFor(urlEqualTo("/v3/transactions/8412207713/refund"))
                .withRequestBody(equalToJson("{\"amount\":50.00,\"comments\":\"Item out of stock\"}")));
    }

    @Test
    void withoutItsTransactionIdTheRefundLooksItUpByOurReferenceFirst() {
        UUID payment = UUID.randomUUID();
        flutterwave.stubFor(get(urlPathEqualTo("/v3/transactions/verify_by_reference")).willReturn(okJson(
                "{\"status\":\"success\",\"data\":{\"id\":8412207713,\"tx_ref\":\"" + payment + "\",\"status\":\"successful\","
                        + "\"amount\":150,\"currency\":\"ZMW\"}}")));
        flutterwave.stubFor(post("/v3/transactions/8412207713/refund").willReturn(okJson("{\"status\":\"success\","
                + "\"data\":{\"id\":77103,\"status\":\"pending\"}}")));

        TransferStart start = provider.startRefund(new RefundRequest(UUID.randomUUID(), payment, Optional.empty(),
                Money.zmw(15_000), "Cancelled by the shop"));

        assertThat(start).isEqualTo(new TransferStart.Accepted(Optional.of("77103")));
    }

    @Test
    void aLostRefundAnswerIsUncertainAndCannotBeTracedByOurIdSoAPersonDecides() {
        flutterwave.stubFor(post("/v3/transactions/8412207713/refund").willReturn(aResponse().withStatus(503)));
        flutterwave.stubFor(get("/v3/refunds/77102").willReturn(okJson("{\"status\":\"success\",\"data\":{\"id\":77102,"
                + "\"status\":\"completed\"}}")));

        TransferStart start = provider.startRefund(new RefundRequest(UUID.randomUUID(), UUID.randomUUID(),
                Optional.of("8412207713"), Money.zmw(5_000), "Item out of stock"));

        assertThat(start).isInstanceOf(TransferStart.Uncertain.class);
        assertThat(provider.refundStatus(UUID.randomUUID(), Optional.empty()).outcome())
                .isEqualTo(TransferState.Outcome.UNTRACEABLE);
        assertThat(provider.refundStatus(UUID.randomUUID(), Optional.of("77102")).outcome())
                .isEqualTo(TransferState.Outcome.COMPLETED);
    }

    @Test
    void aRefusedRefundSaysWhy() {
        flutterwave.stubFor(post("/v3/transactions/8412207713/refund").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"message\":\"Refund amount exceeds transaction amount\",\"data\":null}")));

        TransferStart start = provider.startRefund(new RefundRequest(UUID.randomUUID(), UUID.randomUUID(),
                Optional.of("8412207713"), Money.zmw(999_999), "typo"));

        assertThat(start).isEqualTo(new TransferStart.Refused("REFUSED",
                "Flutterwave: Refund amount exceeds transaction amount"));
    }

    @Test
    void aPayoutIsATransferToTheWalletWithOurIdAsItsReference() {
        PayoutRequest payout = new PayoutRequest(UUID.randomUUID(), Money.zmw(98_000), new PhoneNumber("+260971234567"),
                MobileNetwork.AIRTEL, "Chanda Banda", "SETTLE-2026-11-23-0042");
        flutterwave.stubFor(post("/v3/transfers").willReturn(okJson("{\"status\":\"success\",\"message\":\"Transfer Queued"
                + " Successfully\",\"data\":{\"id\":512377,\"account_number\":\"260971234567\",\"bank_code\":\"MPS\","
                + "\"full_name\":\"Chanda Banda\",\"currency\":\"ZMW\",\"amount\":980,\"fee\":12.5,\"status\":\"NEW\","
                + "\"reference\":\"" + payout.payoutId() + "\",\"complete_message\":\"\",\"requires_approval\":0,"
                + "\"is_approved\":1,\"bank_name\":\"N/A\"}}")));
        flutterwave.stubFor(get("/v3/transfers/512377").willReturn(okJson("{\"status\":\"success\",\"data\":{\"id\":512377,"
                + "\"status\":\"FAILED\",\"complete_message\":\"DISBURSE FAILED: Insufficient funds in customer wallet\"}}")));

        TransferStart start = provider.startPayout(payout);
        TransferState later = provider.payoutStatus(payout.payoutId(), Optional.of("512377"));

        assertThat(start).isEqualTo(new TransferStart.Accepted(Optional.of("512377")));
        flutterwave.verify(postRequestedFor(urlEqualTo("/v3/transfers")).withRequestBody(equalToJson("{\"account_bank\":"
                + "\"MPS\",\"account_number\":\"260971234567\",\"amount\":980.00,\"currency\":\"ZMW\",\"beneficiary_name\":"
                + "\"Chanda Banda\",\"reference\":\"" + payout.payoutId() + "\"}", true, true)));
        assertThat(later.outcome()).isEqualTo(TransferState.Outcome.FAILED);
        assertThat(later.failure()).contains("FAILED: DISBURSE FAILED: Insufficient funds in customer wallet");
    }

    @Test
    void aTransferFoundOnlyByAnotherReferenceIsNotTrustedAndADuplicateReferenceIsUncertain() {
        UUID payout = UUID.randomUUID();
        flutterwave.stubFor(get(urlPathEqualTo("/v3/transfers")).willReturn(okJson("{\"status\":\"success\",\"data\":"
                + "[{\"id\":1,\"reference\":\"someone-else\",\"status\":\"SUCCESSFUL\"}]}")));
        flutterwave.stubFor(post("/v3/transfers").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"message\":\"Duplicate reference\",\"data\":null}")));

        assertThat(provider.payoutStatus(payout, Optional.empty()).outcome()).isEqualTo(TransferState.Outcome.UNTRACEABLE);
        assertThat(provider.startPayout(new PayoutRequest(payout, Money.zmw(100), new PhoneNumber("+260961234567"),
                MobileNetwork.MTN, "Mutale Phiri", "SETTLE-3"))).isInstanceOf(TransferStart.Uncertain.class);
    }

    @Test
    void aTransferWebhookIsAPayoutEventToConfirmAndTheOldShapeIsTolerated() throws Exception {
        UUID payout = UUID.randomUUID();
        String body = "{\"event\":\"transfer.completed\",\"event.type\":\"Transfer\",\"data\":{\"id\":512377,"
                + "\"account_number\":\"260971234567\",\"bank_code\":\"MPS\",\"fullname\":\"Chanda Banda\",\"currency\":\"ZMW\","
                + "\"amount\":980,\"status\":\"SUCCESSFUL\",\"reference\":\"" + payout + "\",\"complete_message\":\"Successful\"}}";
        String old = "{\"event.type\":\"Transfer\",\"transfer\":{\"id\":512378,\"status\":\"FAILED\",\"reference\":\""
                + payout + "\"}}";

        ProviderEvent event = provider.verifyCallback(callback(body));
        ProviderEvent legacy = provider.verifyCallback(callback(old));

        assertThat(event.subject()).isEqualTo(ProviderEvent.Subject.PAYOUT);
        assertThat(event.subjectId()).isEqualTo(payout);
        assertThat(event.needsConfirmation()).as("the body is only a trigger").isTrue();
        assertThat(event.providerReference()).contains("512377");
        assertThat(legacy.subjectId()).isEqualTo(payout);
    }

    private static CallbackRequest callback(String body) {
        return new CallbackRequest("POST", "api.pakashop.zm", "/api/v1/payments/webhook/flutterwave",
                Map.of("verif-hash", HASH), body.getBytes(StandardCharsets.UTF_8));
    }
}
