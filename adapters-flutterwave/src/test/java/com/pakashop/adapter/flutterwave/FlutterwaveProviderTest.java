package com.pakashop.adapter.flutterwave;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.application.payments.CallbackRejected;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.CollectionRequest;
import com.pakashop.application.payments.CollectionStart;
import com.pakashop.application.payments.CollectionState;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Contract tests against WireMock with the payloads of ../shared/reference/flutterwave.md. */
class FlutterwaveProviderTest {
    private static final HttpClients CLIENTS = new HttpClients();
    private static final String HASH = "our-secret-hash-0123";
    private final WireMockServer flutterwave = new WireMockServer(options().dynamicPort());
    private FlutterwaveProvider provider;

    @BeforeEach
    void start() {
        flutterwave.start();
        provider = provider(flutterwave.baseUrl());
    }

    @AfterEach
    void stop() {
        flutterwave.stop();
    }

    @Test
    void aCardPaymentGetsAHostedLinkForOurReferenceInKwacha() {
        CollectionRequest card = new CollectionRequest(UUID.randomUUID(), Money.zmw(15_000), PaymentMethod.CARD,
                Optional.empty(), "PK-1001", Optional.of("https://shop.example/payment/callback?orderId=o-1"));
        flutterwave.stubFor(post("/v3/payments").willReturn(okJson("{\"status\":\"success\",\"message\":\"Hosted Link\","
                + "\"data\":{\"link\":\"https://checkout.flutterwave.com/v3/hosted/pay/abc123\"}}")));

        CollectionStart start = provider.startCollection(card);

        assertThat(start).isEqualTo(new CollectionStart.Redirect("https://checkout.flutterwave.com/v3/hosted/pay/abc123",
                Optional.empty()));
        flutterwave.verify(postRequestedFor(urlEqualTo("/v3/payments"))
                .withHeader("Authorization", equalTo("Bearer FLWSECK_TEST-key-X"))
                .withRequestBody(equalToJson("{\"tx_ref\":\"" + card.paymentId() + "\",\"amount\":150.00,"
                        + "\"currency\":\"ZMW\",\"redirect_url\":\"https://shop.example/payment/callback?orderId=o-1\","
                        + "\"payment_options\":\"card\"}", true, true)));
    }

    @Test
    void zambianMobileMoneyIsChargedAndTheBuyerSentToApprove() {
        CollectionRequest momo = new CollectionRequest(UUID.randomUUID(), Money.zmw(15_000), PaymentMethod.MTN_MOMO,
                Optional.of(new PhoneNumber("+260961234567")), "PK-1001", Optional.empty());
        flutterwave.stubFor(post(urlPathEqualTo("/v3/charges")).willReturn(okJson("{\"status\":\"success\","
                + "\"message\":\"Charge initiated\",\"meta\":{\"authorization\":{\"mode\":\"redirect\","
                + "\"redirect\":\"https://ravemodal-dev.herokuapp.com/captcha/verify/lang-en/97640:5dd11685\"}}}")));

        CollectionStart start = provider.startCollection(momo);

        assertThat(start).isInstanceOf(CollectionStart.Redirect.class);
        flutterwave.verify(postRequestedFor(urlEqualTo("/v3/charges?type=mobile_money_zambia"))
                .withRequestBody(equalToJson("{\"tx_ref\":\"" + momo.paymentId() + "\",\"phone_number\":\"0961234567\","
                        + "\"network\":\"MTN\",\"currency\":\"ZMW\",\"amount\":150.00}", true, true)));
    }

    @Test
    void refusalsTimeOutsAndNoConnectionAreToldApart() throws Exception {
        CollectionRequest card = new CollectionRequest(UUID.randomUUID(), Money.zmw(15_000), PaymentMethod.CARD,
                Optional.empty(), "PK-1001", Optional.of("https://shop.example/r"));
        flutterwave.stubFor(post("/v3/payments").willReturn(aResponse().withStatus(400)
                .withBody("{\"status\":\"error\",\"message\":\"Invalid currency\",\"data\":null}")));
        CollectionStart refused = provider.startCollection(card);
        flutterwave.stubFor(post("/v3/payments").willReturn(aResponse().withStatus(502)));
        CollectionStart serverError = provider.startCollection(card);
        flutterwave.stubFor(post("/v3/payments").willReturn(okJson("{}").withFixedDelay(TestTimeouts.TOO_LATE_MILLIS)));
        CollectionStart slow = provider.startCollection(card);
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }

        assertThat(refused).isEqualTo(new CollectionStart.Refused("REFUSED", "Flutterwave: Invalid currency"));
        assertThat(serverError).isInstanceOf(CollectionStart.Uncertain.class);
        assertThat(slow).isInstanceOf(CollectionStart.Uncertain.class);
        assertThatThrownBy(() -> provider("http://127.0.0.1:" + closed).startCollection(card))
                .isInstanceOf(DependencyUnavailable.class);
    }

    @Test
    void verificationByReferenceIsTheSourceOfTruth() {
        UUID paid = UUID.randomUUID();
        UUID failed = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();
        flutterwave.stubFor(get("/v3/transactions/verify_by_reference?tx_ref=" + paid).willReturn(okJson(
                "{\"status\":\"success\",\"message\":\"Transaction fetched successfully\",\"data\":{\"id\":8412207713,"
                        + "\"tx_ref\":\"" + paid + "\",\"flw_ref\":\"FLW-MOCK-9c2f7e1a\",\"amount\":150.5,"
                        + "\"currency\":\"ZMW\",\"charged_amount\":150.5,\"app_fee\":4.2,\"status\":\"successful\","
                        + "\"payment_type\":\"card\"}}")));
        flutterwave.stubFor(get("/v3/transactions/verify_by_reference?tx_ref=" + failed).willReturn(okJson(
                "{\"status\":\"success\",\"data\":{\"id\":1,\"tx_ref\":\"" + failed + "\",\"amount\":150,"
                        + "\"currency\":\"ZMW\",\"status\":\"failed\",\"processor_response\":\"Insufficient funds\"}}")));
        flutterwave.stubFor(get("/v3/transactions/verify_by_reference?tx_ref=" + unknown).willReturn(aResponse()
                .withStatus(400).withBody("{\"status\":\"error\",\"message\":\"No transaction was found for this id\","
                        + "\"data\":null}")));

        CollectionState done = provider.collectionStatus(paid);

        assertThat(done.outcome()).isEqualTo(CollectionState.Outcome.COMPLETED);
        assertThat(done.amount()).as("150.5 read exactly").contains(Money.zmw(15_050));
        assertThat(done.providerReference()).contains("8412207713");
        assertThat(provider.collectionStatus(failed).failure()).contains("FAILED: Insufficient funds");
        assertThat(provider.collectionStatus(unknown).outcome()).isEqualTo(CollectionState.Outcome.NOT_FOUND);
    }

    @Test
    void webhooksNeedTheSecretHashOrItsHmacAndAreOnlyTriggersToVerify() throws Exception {
        UUID payment = UUID.randomUUID();
        String body = "{\"event\":\"charge.completed\",\"data\":{\"id\":8412207713,\"tx_ref\":\"" + payment + "\","
                + "\"flw_ref\":\"FLW-MOCK-9c2f7e1a\",\"amount\":150,\"currency\":\"ZMW\",\"status\":\"successful\","
                + "\"payment_type\":\"card\"},\"event.type\":\"CARD_TRANSACTION\"}";

        ProviderEvent byHash = provider.verifyCallback(callback(Map.of("verif-hash", HASH), body));
        ProviderEvent byHmac = provider.verifyCallback(callback(Map.of("flutterwave-signature", hmac(body)), body));

        assertThat(byHash.subjectId()).isEqualTo(payment);
        assertThat(byHash.needsConfirmation()).as("the body is never trusted").isTrue();
        assertThat(byHash.eventId()).isEqualTo("charge:8412207713:successful");
        assertThat(byHmac.subjectId()).isEqualTo(payment);
        assertThatThrownBy(() -> provider.verifyCallback(callback(Map.of("verif-hash", HASH + "x"), body)))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(callback(Map.of(), body))).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(callback(Map.of("flutterwave-signature", hmac(body)),
                body.replace("150", "15")))).isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(callback(Map.of("verif-hash", HASH), "{broken")))
                .isInstanceOf(CallbackRejected.class);
    }

    private static String hmac(String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(HASH.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static CallbackRequest callback(Map<String, String> headers, String body) {
        return new CallbackRequest("POST", "api.pakashop.zm", "/api/v1/payments/webhook/flutterwave", headers,
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static FlutterwaveProvider provider(String baseUrl) {
        return new FlutterwaveProvider(CLIENTS, new FlutterwaveSettings(URI.create(baseUrl), "FLWSECK_TEST-key-X", HASH,
                TestTimeouts.PROVIDER_CALL, Duration.ofSeconds(30), "payments@pakashop.zm"));
    }
}
