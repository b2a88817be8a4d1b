package com.pakashop.adapter.pawapay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.application.payments.PayoutRequest;
import com.pakashop.application.payments.RefundRequest;
import com.pakashop.application.payments.TransferStart;
import com.pakashop.application.payments.TransferState;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Refunds and payouts against WireMock, with the payloads of ../shared/reference/pawapay.md §3–4 and §7. */
class PawaPayTransfersTest {
    private static final HttpClients CLIENTS = new HttpClients();
    private final WireMockServer pawapay = new WireMockServer(options().dynamicPort());
    private PawaPayProvider provider;

    @BeforeEach
    void start() {
        pawapay.start();
        provider = new PawaPayProvider(CLIENTS, new PawaPaySettings(URI.create(pawapay.baseUrl()), "sandbox-token",
                TestTimeouts.PROVIDER_CALL, Duration.ofMinutes(5), Duration.ofSeconds(30)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        pawapay.stop();
    }

    @Test
    void aRefundNamesTheDepositAndTheAmountWithOurIdAsItsKey() {
        RefundRequest refund = refund(5_000);
        pawapay.stubFor(post("/v2/refunds").willReturn(okJson("{\"refundId\":\"" + refund.refundId()
                + "\",\"status\":\"ACCEPTED\",\"created\":\"2026-11-25T08:01:44Z\"}")));

        TransferStart start = provider.startRefund(refund);

        assertThat(start).isInstanceOf(TransferStart.Accepted.class);
        pawapay.verify(postRequestedFor(urlEqualTo("/v2/refunds")).withRequestBody(equalToJson("{\"refundId\":\""
                + refund.refundId() + "\",\"depositId\":\"" + refund.paymentId() + "\",\"amount\":\"50.00\","
                + "\"currency\":\"ZMW\",\"metadata\":[{\"refundId\":\"" + refund.refundId() + "\"}]}")));
    }

    @Test
    void refundRejectionsAreRefusalsWithPawaPaysCode() {
        pawapay.stubFor(post("/v2/refunds").willReturn(okJson("{\"status\":\"REJECTED\",\"failureReason\":"
                + "{\"failureCode\":\"REFUND_IN_PROGRESS\",\"failureMessage\":\"Another refund is in progress\"}}")));

        TransferStart start = provider.startRefund(refund(5_000));

        assertThat(start).isEqualTo(new TransferStart.Refused("REFUND_IN_PROGRESS", "pawaPay: Another refund is in progress"));
    }

    @Test
    void aDuplicateOrATimeOutIsSettledByReadingTheRefundBack() {
        RefundRequest duplicate = refund(5_000);
        RefundRequest timedOut = refund(5_000);
        pawapay.stubFor(post("/v2/refunds").withRequestBody(equalToJson("{\"refundId\":\"" + duplicate.refundId() + "\"}",
                true, true)).willReturn(okJson("{\"status\":\"DUPLICATE_IGNORED\"}")));
        pawapay.stubFor(get("/v2/refunds/" + duplicate.refundId()).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{"
                + "\"refundId\":\"" + duplicate.refundId() + "\",\"status\":\"COMPLETED\",\"amount\":\"50.00\","
                + "\"currency\":\"ZMW\",\"providerTransactionId\":\"MP261125.0801.R1\"}}")));
        pawapay.stubFor(post("/v2/refunds").withRequestBody(equalToJson("{\"refundId\":\"" + timedOut.refundId() + "\"}",
                true, true)).willReturn(aResponse().withStatus(200).withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));
        pawapay.stubFor(get("/v2/refunds/" + timedOut.refundId()).willReturn(okJson("{\"status\":\"NOT_FOUND\"}")));

        assertThat(provider.startRefund(duplicate)).isEqualTo(new TransferStart.Completed(Optional.of("MP261125.0801.R1")));
        assertThat(provider.startRefund(timedOut)).isInstanceOf(TransferStart.Uncertain.class);
    }

    @Test
    void refundStatusesSpeakOurWordsAndUnknownStatusesAreStillPending() {
        UUID enqueued = UUID.randomUUID();
        UUID failed = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        pawapay.stubFor(get("/v2/refunds/" + enqueued).willReturn(okJson(
                "{\"status\":\"FOUND\",\"data\":{\"refundId\":\"" + enqueued + "\",\"status\":\"ENQUEUED\"}}")));
        pawapay.stubFor(get("/v2/refunds/" + failed).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{\"refundId\":\""
                + failed + "\",\"status\":\"FAILED\",\"failureReason\":{\"failureCode\":\"PAWAPAY_WALLET_OUT_OF_FUNDS\","
                + "\"failureMessage\":\"Wallet is out of funds\"}}}")));
        pawapay.stubFor(get("/v2/refunds/" + unknown).willReturn(okJson("{\"status\":\"NOT_FOUND\"}")));

        assertThat(provider.refundStatus(enqueued, Optional.empty()).outcome()).isEqualTo(TransferState.Outcome.PENDING);
        assertThat(provider.refundStatus(failed, Optional.empty()).failure())
                .contains("PAWAPAY_WALLET_OUT_OF_FUNDS: Wallet is out of funds");
        assertThat(provider.refundStatus(unknown, Optional.empty()).outcome()).isEqualTo(TransferState.Outcome.NOT_FOUND);
    }

    @Test
    void aPayoutGoesToTheRecipientsWalletOnItsNetwork() {
        PayoutRequest payout = new PayoutRequest(UUID.randomUUID(), Money.zmw(98_000), new PhoneNumber("+260971234567"),
                MobileNetwork.AIRTEL, "Chanda Banda", "SETTLE-2026-11-23-0042");
        pawapay.stubFor(post("/v2/payouts").willReturn(okJson("{\"payoutId\":\"" + payout.payoutId()
                + "\",\"status\":\"ACCEPTED\",\"created\":\"2026-11-24T02:00:01Z\"}")));

        assertThat(provider.startPayout(payout)).isInstanceOf(TransferStart.Accepted.class);
        pawapay.verify(postRequestedFor(urlEqualTo("/v2/payouts")).withRequestBody(equalToJson("{\"payoutId\":\""
                + payout.payoutId() + "\",\"amount\":\"980.00\",\"currency\":\"ZMW\",\"clientReferenceId\":"
                + "\"SETTLE-2026-11-23-0042\",\"customerMessage\":\"Pakashop payout\",\"recipient\":{\"type\":\"MMO\","
                + "\"accountDetails\":{\"phoneNumber\":\"260971234567\",\"provider\":\"AIRTEL_OAPI_ZMB\"}},"
                + "\"metadata\":[{\"payoutId\":\"" + payout.payoutId() + "\"}]}")));
    }

    @Test
    void aPayoutToABadNumberIsRefusedAndA5xxIsUncertainNeverRefused() {
        PayoutRequest bad = new PayoutRequest(UUID.randomUUID(), Money.zmw(1_000), new PhoneNumber("+260971234567"),
                MobileNetwork.AIRTEL, "Chanda Banda", "SETTLE-1");
        PayoutRequest broken = new PayoutRequest(UUID.randomUUID(), Money.zmw(1_000), new PhoneNumber("+260961234567"),
                MobileNetwork.MTN, "Mutale Phiri", "SETTLE-1");
        pawapay.stubFor(post("/v2/payouts").withRequestBody(equalToJson("{\"payoutId\":\"" + bad.payoutId() + "\"}",
                true, true)).willReturn(okJson("{\"payoutId\":\"" + bad.payoutId() + "\",\"status\":\"REJECTED\","
                + "\"failureReason\":{\"failureCode\":\"INVALID_PHONE_NUMBER\",\"failureMessage\":\"Phone number is not"
                + " valid for provider\"}}")));
        pawapay.stubFor(post("/v2/payouts").withRequestBody(equalToJson("{\"payoutId\":\"" + broken.payoutId() + "\"}",
                true, true)).willReturn(aResponse().withStatus(502)));
        pawapay.stubFor(get("/v2/payouts/" + broken.payoutId()).willReturn(aResponse().withStatus(502)));

        assertThat(provider.startPayout(bad)).isInstanceOf(TransferStart.Refused.class);
        assertThat(((TransferStart.Refused) provider.startPayout(bad)).code()).isEqualTo("INVALID_PHONE_NUMBER");
        assertThat(provider.startPayout(broken)).isInstanceOf(TransferStart.Uncertain.class);
        assertThatThrownBy(() -> provider.payoutStatus(broken.payoutId(), Optional.empty()))
                .isInstanceOf(DependencyUnavailable.class);
    }

    @Test
    void malformedAnswersAndRefusedCredentialsNeverLookLikeSuccess() {
        pawapay.stubFor(post("/v2/refunds").willReturn(aResponse().withStatus(200).withBody("{not json")));
        pawapay.stubFor(post("/v2/payouts").willReturn(aResponse().withStatus(401)
                .withBody("{\"failureReason\":{\"failureCode\":\"NO_AUTHENTICATION\"}}")));

        assertThat(provider.startRefund(refund(100))).isInstanceOf(TransferStart.Uncertain.class);
        assertThatThrownBy(() -> provider.startPayout(new PayoutRequest(UUID.randomUUID(), Money.zmw(100),
                new PhoneNumber("+260951234567"), MobileNetwork.ZAMTEL, "Bwalya Mwansa", "SETTLE-2")))
                .isInstanceOf(DependencyUnavailable.class);
    }

    private static RefundRequest refund(long ngwee) {
        return new RefundRequest(UUID.randomUUID(), UUID.randomUUID(), Optional.empty(), Money.zmw(ngwee), "lid missing");
    }
}
