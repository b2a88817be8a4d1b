package com.pakashop.adapter.pawapay;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.application.payments.CollectionRequest;
import com.pakashop.application.payments.CollectionStart;
import com.pakashop.application.payments.CollectionState;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract tests against WireMock with the payloads of ../shared/reference/pawapay.md. */
class PawaPayProviderTest {
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
    void aDepositIsSentAsTheReferenceDescribesWithOurIdAsItsId() {
        CollectionRequest request = request("+260971234567", PaymentMethod.AIRTEL_MONEY, 15_050);
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"depositId\":\"" + request.paymentId()
                + "\",\"status\":\"ACCEPTED\",\"nextStep\":\"FINAL_STATUS\",\"created\":\"2026-11-24T10:15:02Z\"}")));

        CollectionStart start = provider.startCollection(request);

        assertThat(start).isInstanceOf(CollectionStart.Prompted.class);
        pawapay.verify(postRequestedFor(urlEqualTo("/v2/deposits"))
                .withHeader("Authorization", equalTo("Bearer sandbox-token"))
                .withRequestBody(equalToJson("{\"depositId\":\"" + request.paymentId() + "\",\"amount\":\"150.50\","
                        + "\"currency\":\"ZMW\",\"clientReferenceId\":\"PK-1001\",\"customerMessage\":\"Pakashop order\","
                        + "\"payer\":{\"type\":\"MMO\",\"accountDetails\":{\"phoneNumber\":\"260971234567\","
                        + "\"provider\":\"AIRTEL_OAPI_ZMB\"}},\"metadata\":[{\"paymentId\":\"" + request.paymentId()
                        + "\"}]}")));
    }

    @Test
    void eachNetworkGetsItsProviderCode() {
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\"}")));

        provider.startCollection(request("+260961234567", PaymentMethod.MTN_MOMO, 1_000));
        provider.startCollection(request("+260951234567", PaymentMethod.ZAMTEL_KWACHA, 1_000));

        pawapay.verify(postRequestedFor(urlEqualTo("/v2/deposits")).withRequestBody(
                equalToJson("{\"payer\":{\"accountDetails\":{\"provider\":\"MTN_MOMO_ZMB\"}}}", true, true)));
        pawapay.verify(postRequestedFor(urlEqualTo("/v2/deposits")).withRequestBody(
                equalToJson("{\"payer\":{\"accountDetails\":{\"provider\":\"ZAMTEL_ZMB\"}}}", true, true)));
    }

    @Test
    void rejectionsAreRefusalsExceptThoseAnotherProviderCouldServe() {
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"REJECTED\",\"failureReason\":"
                + "{\"failureCode\":\"INVALID_PHONE_NUMBER\",\"failureMessage\":\"Phone number is not valid\"}}")));
        CollectionStart refused = provider.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000));
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"REJECTED\",\"failureReason\":"
                + "{\"failureCode\":\"AMOUNT_OUT_OF_BOUNDS\",\"failureMessage\":\"Amount must be between 1 and 20000\"}}")));
        CollectionStart tooMuch = provider.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 3_000_000));
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"REJECTED\",\"failureReason\":"
                + "{\"failureCode\":\"PROVIDER_TEMPORARILY_UNAVAILABLE\",\"failureMessage\":\"MTN is down\"}}")));

        assertThat(refused).isEqualTo(new CollectionStart.Refused("INVALID_NUMBER", "pawaPay: Phone number is not valid"));
        assertThat(((CollectionStart.Refused) tooMuch).code()).isEqualTo("AMOUNT_OUT_OF_BOUNDS");
        assertThatThrownBy(() -> provider.startCollection(request("+260961234567", PaymentMethod.MTN_MOMO, 1_000)))
                .isInstanceOf(DependencyUnavailable.class);
    }

    @Test
    void aServerErrorOrTimeOutAfterSendingIsSettledByAskingNotByGuessing() {
        CollectionRequest taken = request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000);
        pawapay.stubFor(post("/v2/deposits").willReturn(aResponse().withStatus(500)
                .withBody("{\"failureReason\":{\"failureCode\":\"UNKNOWN_ERROR\"}}")));
        pawapay.stubFor(get("/v2/deposits/" + taken.paymentId()).willReturn(okJson(
                "{\"status\":\"FOUND\",\"data\":{\"depositId\":\"" + taken.paymentId() + "\",\"status\":\"PROCESSING\","
                        + "\"amount\":\"10.00\",\"currency\":\"ZMW\"}}")));
        CollectionRequest unknown = request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000);
        pawapay.stubFor(get("/v2/deposits/" + unknown.paymentId()).willReturn(okJson("{\"status\":\"NOT_FOUND\"}")));

        CollectionStart afterError = provider.startCollection(taken);
        CollectionStart neverSeen = provider.startCollection(unknown);
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\"}").withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));
        CollectionStart timedOut = provider.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000));

        assertThat(afterError).as("pawaPay has it: wait for its callback").isInstanceOf(CollectionStart.Prompted.class);
        assertThat(neverSeen).as("may still arrive: never fail over").isInstanceOf(CollectionStart.Uncertain.class);
        assertThat(timedOut).isInstanceOf(CollectionStart.Uncertain.class);
    }

    @Test
    void aDuplicateIsLookedUpNotTakenForSuccessAndMalformedAnswersAreUncertain() {
        CollectionRequest request = request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000);
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"DUPLICATE_IGNORED\"}")));
        pawapay.stubFor(get("/v2/deposits/" + request.paymentId()).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{"
                + "\"status\":\"FAILED\",\"failureReason\":{\"failureCode\":\"PAYMENT_NOT_APPROVED\","
                + "\"failureMessage\":\"Customer did not approve\"}}}")));

        CollectionStart duplicate = provider.startCollection(request);
        pawapay.stubFor(post("/v2/deposits").willReturn(aResponse().withStatus(200).withBody("{not json")));
        CollectionStart garbled = provider.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000));

        assertThat(duplicate).isInstanceOf(CollectionStart.Refused.class);
        assertThat(((CollectionStart.Refused) duplicate).message()).contains("PAYMENT_NOT_APPROVED");
        assertThat(garbled).isInstanceOf(CollectionStart.Uncertain.class);
    }

    @Test
    void noConnectionMeansNotSentSoAnotherProviderMayTry() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        PawaPayProvider unreachable = new PawaPayProvider(CLIENTS, new PawaPaySettings(URI.create("http://127.0.0.1:" + closed),
                "t", TestTimeouts.PROVIDER_CALL, Duration.ofMinutes(5), Duration.ofSeconds(30)), Clock.systemUTC());

        assertThatThrownBy(() -> unreachable.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000)))
                .isInstanceOf(DependencyUnavailable.class);
    }

    @Test
    void theCircuitOpensAfterRepeatedFailuresAndThenCallsAreNotEvenSent() {
        pawapay.stubFor(get(com.github.tomakehurst.wiremock.client.WireMock.urlMatching("/v2/deposits/.*"))
                .willReturn(aResponse().withStatus(503)));
        for (int i = 0; i < 6; i++) {
            assertThatThrownBy(() -> provider.collectionStatus(UUID.randomUUID())).isInstanceOf(DependencyUnavailable.class);
        }
        int sent = pawapay.findAll(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching(
                "/v2/deposits/.*"))).size();

        assertThatThrownBy(() -> provider.collectionStatus(UUID.randomUUID()))
                .isInstanceOf(DependencyUnavailable.class).hasMessageContaining("circuit");
        assertThat(pawapay.findAll(getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.urlMatching(
                "/v2/deposits/.*")))).hasSize(sent);
    }

    @Test
    void theCircuitClosesAgainOncePawaPayAnswersAfterItsOpenTime() {
        PawaPayProvider recovering = new PawaPayProvider(CLIENTS, new PawaPaySettings(URI.create(pawapay.baseUrl()), "t",
                TestTimeouts.PROVIDER_CALL, Duration.ofMinutes(5), Duration.ofMillis(200)), Clock.systemUTC());
        pawapay.stubFor(post("/v2/deposits").willReturn(aResponse().withStatus(503)));
        assertThatThrownBy(() -> {
            for (int i = 0; i < 10; i++) {
                assertThat(recovering.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000)))
                        .as("a 5xx may have been taken").isInstanceOf(CollectionStart.Uncertain.class);
            }
        }).as("open: not even sent, so another provider may take it").isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("circuit");
        pawapay.stubFor(post("/v2/deposits").willReturn(okJson("{\"status\":\"ACCEPTED\"}")));

        await().pollDelay(Duration.ofMillis(250)).atMost(Duration.ofSeconds(5)).until(() ->
                recovering.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000))
                        instanceof CollectionStart.Prompted);
        for (int i = 0; i < 3; i++) {
            assertThat(recovering.startCollection(request("+260971234567", PaymentMethod.AIRTEL_MONEY, 1_000)))
                    .as("closed again").isInstanceOf(CollectionStart.Prompted.class);
        }
    }

    @Test
    void statusChecksSpeakOurWords() {
        UUID completed = UUID.randomUUID();
        UUID failed = UUID.randomUUID();
        UUID reconciling = UUID.randomUUID();
        UUID missing = UUID.randomUUID();
        pawapay.stubFor(get("/v2/deposits/" + completed).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{"
                + "\"depositId\":\"" + completed + "\",\"status\":\"COMPLETED\",\"amount\":\"150\",\"currency\":\"ZMW\","
                + "\"country\":\"ZMB\",\"providerTransactionId\":\"MP261124.1015.C44871\"}}")));
        pawapay.stubFor(get("/v2/deposits/" + failed).willReturn(okJson("{\"status\":\"FOUND\",\"data\":{"
                + "\"status\":\"FAILED\",\"failureReason\":{\"failureCode\":\"INSUFFICIENT_BALANCE\","
                + "\"failureMessage\":\"Not enough funds\"}}}")));
        pawapay.stubFor(get("/v2/deposits/" + reconciling).willReturn(okJson(
                "{\"status\":\"FOUND\",\"data\":{\"status\":\"IN_RECONCILIATION\"}}")));
        pawapay.stubFor(get("/v2/deposits/" + missing).willReturn(okJson("{\"status\":\"NOT_FOUND\"}")));

        CollectionState done = provider.collectionStatus(completed);

        assertThat(done.outcome()).isEqualTo(CollectionState.Outcome.COMPLETED);
        assertThat(done.amount()).as("\"150\" read as a decimal, not a string").contains(Money.zmw(15_000));
        assertThat(done.providerReference()).contains("MP261124.1015.C44871");
        assertThat(provider.collectionStatus(failed).failure()).contains("INSUFFICIENT_BALANCE: Not enough funds");
        assertThat(provider.collectionStatus(reconciling).outcome()).isEqualTo(CollectionState.Outcome.PENDING);
        assertThat(provider.collectionStatus(missing).outcome()).isEqualTo(CollectionState.Outcome.NOT_FOUND);
    }

    private static CollectionRequest request(String phone, PaymentMethod method, long ngwee) {
        return new CollectionRequest(UUID.randomUUID(), Money.zmw(ngwee), method, Optional.of(new PhoneNumber(phone)),
                "PK-1001", Optional.empty());
    }
}
