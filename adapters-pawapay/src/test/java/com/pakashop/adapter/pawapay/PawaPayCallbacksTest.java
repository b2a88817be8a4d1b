package com.pakashop.adapter.pawapay;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.pakashop.application.payments.CallbackRejected;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.CollectionState;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.HttpClients;
import com.pakashop.testkit.TestTimeouts;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed callbacks (RFC 9421 + Content-Digest) as pawaPay sends them, and forgeries of every kind. */
class PawaPayCallbacksTest {
    private static final HttpClients CLIENTS = new HttpClients();
    private static final String KEY_ID = "HTTP_EC_P256_KEY:1";
    private static final String AUTHORITY = "api.pakashop.zm";
    private static final String PATH = "/api/v1/payments/webhook/pawapay";

    private final WireMockServer pawapay = new WireMockServer(options().dynamicPort());
    private final KeyPair keys = ecKeys();
    private PawaPayProvider provider;

    @BeforeEach
    void start() {
        pawapay.start();
        String pem = "-----BEGIN PUBLIC KEY-----\\n" + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded())
                .replace("\r\n", "\\n") + "\\n-----END PUBLIC KEY-----";
        pawapay.stubFor(get("/v2/public-key/http").willReturn(okJson("[{\"id\":\"" + KEY_ID + "\",\"key\":\"" + pem + "\"}]")));
        provider = new PawaPayProvider(CLIENTS, new PawaPaySettings(URI.create(pawapay.baseUrl()), "t", TestTimeouts.PROVIDER_CALL,
                Duration.ofMinutes(5), Duration.ofSeconds(30)), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        pawapay.stop();
    }

    @Test
    void aSignedCompletedDepositBecomesAnEventKeyedByOurPaymentId() throws Exception {
        UUID payment = UUID.randomUUID();
        String body = completed(payment);

        ProviderEvent event = provider.verifyCallback(signed(body, keys, Instant.now(), false));
        ProviderEvent raw = provider.verifyCallback(signed(body, keys, Instant.now(), true));

        assertThat(event.subjectId()).isEqualTo(payment);
        assertThat(event.outcome()).isEqualTo(CollectionState.Outcome.COMPLETED);
        assertThat(event.amount()).contains(Money.zmw(15_000));
        assertThat(event.eventId()).isEqualTo("deposit:" + payment + ":COMPLETED");
        assertThat(event.needsConfirmation()).isFalse();
        assertThat(raw.subjectId()).as("raw r||s signatures verify too").isEqualTo(payment);
    }

    @Test
    void refundAndPayoutCallbacksOnTheSameUrlAreToldApartByTheirIdField() throws Exception {
        UUID refund = UUID.randomUUID();
        UUID payout = UUID.randomUUID();
        String refundBody = "{\"refundId\":\"" + refund + "\",\"status\":\"COMPLETED\",\"amount\":\"50.00\","
                + "\"currency\":\"ZMW\",\"country\":\"ZMB\",\"recipient\":{\"type\":\"MMO\",\"accountDetails\":"
                + "{\"phoneNumber\":\"260961234567\",\"provider\":\"MTN_MOMO_ZMB\"}},\"created\":\"2026-11-25T08:01:44Z\"}";
        String payoutBody = "{\"payoutId\":\"" + payout + "\",\"status\":\"FAILED\",\"amount\":\"980.00\","
                + "\"currency\":\"ZMW\",\"failureReason\":{\"failureCode\":\"RECIPIENT_NOT_FOUND\","
                + "\"failureMessage\":\"Recipient not found\"}}";

        ProviderEvent refunded = provider.verifyCallback(signed(refundBody, keys, Instant.now(), false));
        ProviderEvent failedPayout = provider.verifyCallback(signed(payoutBody, keys, Instant.now(), false));

        assertThat(refunded.subject()).isEqualTo(ProviderEvent.Subject.REFUND);
        assertThat(refunded.subjectId()).isEqualTo(refund);
        assertThat(refunded.outcome()).isEqualTo(CollectionState.Outcome.COMPLETED);
        assertThat(refunded.eventId()).isEqualTo("refundId:" + refund + ":COMPLETED");
        assertThat(failedPayout.subject()).isEqualTo(ProviderEvent.Subject.PAYOUT);
        assertThat(failedPayout.outcome()).isEqualTo(CollectionState.Outcome.FAILED);
        assertThat(failedPayout.failure()).contains("RECIPIENT_NOT_FOUND: Recipient not found");
        assertThatThrownBy(() -> provider.verifyCallback(signed("{\"refundId\":\"RET-7\",\"status\":\"COMPLETED\"}",
                keys, Instant.now(), false))).isInstanceOf(CallbackRejected.class);
    }

    @Test
    void aFailedDepositCarriesItsReason() throws Exception {
        String body = "{\"depositId\":\"" + UUID.randomUUID() + "\",\"status\":\"FAILED\",\"amount\":\"150.00\","
                + "\"currency\":\"ZMW\",\"country\":\"ZMB\",\"failureReason\":{\"failureCode\":\"PAYMENT_NOT_APPROVED\","
                + "\"failureMessage\":\"Customer did not approve\"}}";

        ProviderEvent event = provider.verifyCallback(signed(body, keys, Instant.now(), false));

        assertThat(event.outcome()).isEqualTo(CollectionState.Outcome.FAILED);
        assertThat(event.failure()).contains("PAYMENT_NOT_APPROVED: Customer did not approve");
    }

    @Test
    void forgeriesAreRefused() throws Exception {
        String body = completed(UUID.randomUUID());
        CallbackRequest good = signed(body, keys, Instant.now(), false);

        assertThatThrownBy(() -> provider.verifyCallback(withBody(good, body.replace("150.00", "1500.00"))))
                .as("body changed after signing").isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(signed(body, ecKeys(), Instant.now(), false)))
                .as("signed by someone else").isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(signed(body, keys, Instant.now().minus(Duration.ofHours(1)), false)))
                .as("replayed an hour later").isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(without(good, "signature")))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(without(good, "content-digest")))
                .isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest("POST", AUTHORITY, PATH, Map.of(),
                body.getBytes(StandardCharsets.UTF_8)))).as("unsigned").isInstanceOf(CallbackRejected.class);
        assertThatThrownBy(() -> provider.verifyCallback(new CallbackRequest("POST", "evil.example", PATH,
                good.headers(), good.body()))).as("sent to another host").isInstanceOf(CallbackRejected.class);
    }

    private static String completed(UUID payment) {
        return "{\"depositId\":\"" + payment + "\",\"status\":\"COMPLETED\",\"amount\":\"150.00\",\"currency\":\"ZMW\","
                + "\"country\":\"ZMB\",\"payer\":{\"type\":\"MMO\",\"accountDetails\":{\"phoneNumber\":\"260961234567\","
                + "\"provider\":\"MTN_MOMO_ZMB\"}},\"customerMessage\":\"Pakashop order\","
                + "\"created\":\"2026-11-24T10:15:02Z\",\"providerTransactionId\":\"MP261124.1015.C44871\","
                + "\"metadata\":{\"orderId\":\"PKS-2026-000123\"}}";
    }

    /** Signs as pawaPay does: sha-512 Content-Digest, then an ECDSA signature over the RFC 9421 base. */
    private static CallbackRequest signed(String body, KeyPair signer, Instant created, boolean rawSignature)
            throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        String digest = "sha-512=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes)) + ":";
        String date = created.toString();
        String params = "(\"@method\" \"@authority\" \"@path\" \"signature-date\" \"content-digest\" \"content-type\")"
                + ";alg=\"ecdsa-p256-sha256\";keyid=\"" + KEY_ID + "\";created=" + created.getEpochSecond()
                + ";expires=" + (created.getEpochSecond() + 60);
        String base = "\"@method\": POST\n\"@authority\": " + AUTHORITY + "\n\"@path\": " + PATH
                + "\n\"signature-date\": " + date + "\n\"content-digest\": " + digest
                + "\n\"content-type\": application/json\n\"@signature-params\": " + params;
        Signature ecdsa = Signature.getInstance("SHA256withECDSA");
        ecdsa.initSign(signer.getPrivate());
        ecdsa.update(base.getBytes(StandardCharsets.UTF_8));
        byte[] signature = ecdsa.sign();
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        headers.put("content-digest", digest);
        headers.put("signature-date", date);
        headers.put("signature-input", "sig-pp=" + params);
        headers.put("signature", "sig-pp=:" + Base64.getEncoder().encodeToString(rawSignature ? raw(signature) : signature) + ":");
        return new CallbackRequest("POST", AUTHORITY, PATH, headers, bytes);
    }

    /** DER (SEQUENCE of two INTEGERs) to the fixed 64-byte r‖s form. */
    private static byte[] raw(byte[] der) {
        int rLength = der[3];
        byte[] r = Arrays.copyOfRange(der, 4, 4 + rLength);
        int sLength = der[5 + rLength];
        byte[] s = Arrays.copyOfRange(der, 6 + rLength, 6 + rLength + sLength);
        byte[] out = new byte[64];
        byte[] rBytes = fixed(new BigInteger(1, r));
        byte[] sBytes = fixed(new BigInteger(1, s));
        System.arraycopy(rBytes, 0, out, 0, 32);
        System.arraycopy(sBytes, 0, out, 32, 32);
        return out;
    }

    private static byte[] fixed(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
        return out;
    }

    private static CallbackRequest withBody(CallbackRequest request, String body) {
        return new CallbackRequest(request.method(), request.authority(), request.path(), request.headers(),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static CallbackRequest without(CallbackRequest request, String header) {
        Map<String, String> headers = new HashMap<>(request.headers());
        headers.remove(header);
        return new CallbackRequest(request.method(), request.authority(), request.path(), headers, request.body());
    }

    private static KeyPair ecKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
