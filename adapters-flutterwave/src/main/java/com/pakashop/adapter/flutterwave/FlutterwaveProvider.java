package com.pakashop.adapter.flutterwave;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pakashop.application.payments.CallbackRejected;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.CollectionRequest;
import com.pakashop.application.payments.CollectionStart;
import com.pakashop.application.payments.CollectionState;
import com.pakashop.application.payments.PaymentProvider;
import com.pakashop.application.payments.PayoutRequest;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.application.payments.RefundRequest;
import com.pakashop.application.payments.TransferStart;
import com.pakashop.application.payments.TransferState;
import com.pakashop.domain.catalog.MobileNetwork;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.domain.shared.Money;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.CallPolicy;
import com.pakashop.support.http.HttpClients;
import com.pakashop.support.http.NotSent;
import com.pakashop.support.http.Uncertain;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Flutterwave v3: cards on the hosted page, and Zambian mobile money when pawaPay cannot take a
 * payment; refunds and transfers in {@link FlutterwaveTransfers}. Our payment id is the {@code tx_ref}. Webhooks are authenticated by the secret hash but
 * trusted for nothing else: each is confirmed by a verify call before it changes any state.
 */
public final class FlutterwaveProvider implements PaymentProvider {
    public static final String NAME = "FLUTTERWAVE";

    private final FlutterwaveSettings settings;
    private final FlutterwaveHttp http;
    private final FlutterwaveTransfers transfers;
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    public FlutterwaveProvider(HttpClients clients, FlutterwaveSettings settings) {
        this.settings = settings;
        this.http = new FlutterwaveHttp(settings, clients.forProvider("Flutterwave", new CallPolicy(settings.timeout(),
                settings.circuitOpenFor()), mapper), mapper);
        this.transfers = new FlutterwaveTransfers(http, mapper);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CollectionStart startCollection(CollectionRequest request) {
        return request.method() == PaymentMethod.CARD ? hostedCard(request) : mobileMoney(request);
    }

    private CollectionStart hostedCard(CollectionRequest request) {
        ObjectNode body = mapper.createObjectNode()
                .put("tx_ref", request.paymentId().toString())
                .put("amount", major(request.amount()))
                .put("currency", request.amount().currency().getCurrencyCode())
                .put("redirect_url", request.returnUrl().orElseThrow(() ->
                        new IllegalArgumentException("a hosted card payment needs a return URL")))
                .put("payment_options", "card");
        body.putObject("customer").put("email", settings.fallbackCustomerEmail());
        body.putObject("customizations").put("title", "Pakashop").put("description", "Order " + request.reference());
        body.putObject("meta").put("paymentId", request.paymentId().toString());
        Optional<Answer> taken = http.postMovingMoney("/v3/payments", body);
        if (taken.isEmpty()) {
            return new CollectionStart.Uncertain("Flutterwave did not answer the hosted-page request");
        }
        Answer answer = taken.get();
        String link = answer.body().path("data").path("link").asText();
        if (!FlutterwaveHttp.success(answer) || link.isEmpty()) {
            return refusal(answer);
        }
        return new CollectionStart.Redirect(link, Optional.empty());
    }

    private CollectionStart mobileMoney(CollectionRequest request) {
        MobileNetwork network = request.method().network().orElseThrow();
        String localNumber = "0" + request.payer().orElseThrow().e164().substring(4);
        ObjectNode body = mapper.createObjectNode()
                .put("tx_ref", request.paymentId().toString())
                .put("amount", major(request.amount()))
                .put("currency", request.amount().currency().getCurrencyCode())
                .put("email", settings.fallbackCustomerEmail())
                .put("phone_number", localNumber)
                .put("network", network.name());
        request.returnUrl().ifPresent(url -> body.put("redirect_url", url));
        body.putObject("meta").put("paymentId", request.paymentId().toString());
        Optional<Answer> taken = http.postMovingMoney("/v3/charges?type=mobile_money_zambia", body);
        if (taken.isEmpty()) {
            return new CollectionStart.Uncertain("Flutterwave did not answer the mobile-money charge");
        }
        Answer answer = taken.get();
        if (!FlutterwaveHttp.success(answer)) {
            return refusal(answer);
        }
        JsonNode authorization = answer.body().path("meta").path("authorization");
        if ("redirect".equals(authorization.path("mode").asText()) && authorization.hasNonNull("redirect")) {
            return new CollectionStart.Redirect(authorization.path("redirect").asText(), Optional.empty());
        }
        return new CollectionStart.Prompted(Optional.ofNullable(answer.body().path("data").get("flw_ref"))
                .map(JsonNode::asText), "Approve the payment on your phone");
    }

    private static CollectionStart refusal(Answer answer) {
        if (answer.body().isMissingNode()) {
            return new CollectionStart.Uncertain("Flutterwave answered HTTP " + answer.status() + " without a body");
        }
        return new CollectionStart.Refused("REFUSED", "Flutterwave: " + answer.body().path("message").asText("refused"));
    }

    @Override
    public CollectionState collectionStatus(UUID paymentId) {
        Answer answer;
        try {
            answer = http.get("/v3/transactions/verify_by_reference?tx_ref="
                    + URLEncoder.encode(paymentId.toString(), StandardCharsets.UTF_8));
        } catch (NotSent | Uncertain e) {
            throw new DependencyUnavailable(NAME, e.getMessage());
        }
        if (answer.status() == 400 || answer.status() == 404) {
            return new CollectionState(CollectionState.Outcome.NOT_FOUND, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        JsonNode data = answer.body().path("data");
        if (!FlutterwaveHttp.success(answer) || !paymentId.toString().equals(data.path("tx_ref").asText())) {
            throw new DependencyUnavailable(NAME, "verify answered HTTP " + answer.status() + " for another reference");
        }
        CollectionState.Outcome outcome = switch (data.path("status").asText()) {
            case "successful" -> CollectionState.Outcome.COMPLETED;
            case "failed", "cancelled" -> CollectionState.Outcome.FAILED;
            default -> CollectionState.Outcome.PENDING;
        };
        return new CollectionState(outcome, amount(data), Optional.ofNullable(data.get("id")).map(JsonNode::asText),
                outcome == CollectionState.Outcome.FAILED
                        ? Optional.of("FAILED: " + data.path("processor_response").asText("declined")) : Optional.empty());
    }

    /**
     * Authentic if {@code verif-hash} is our secret hash, or {@code flutterwave-signature} is the
     * base64 HMAC-SHA256 of the raw body under it; both compared in constant time.
     */
    @Override
    public ProviderEvent verifyCallback(CallbackRequest callback) throws CallbackRejected {
        byte[] body = callback.body();
        if (!sameSecret(callback.header("verif-hash")) && !validHmac(callback.header("flutterwave-signature"), body)) {
            throw new CallbackRejected("neither verif-hash nor flutterwave-signature verifies");
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (IOException e) {
            throw new CallbackRejected("the body is not JSON");
        }
        String type = json.path("event").asText(json.path("event.type").asText());
        if ("transfer.completed".equals(type) || "Transfer".equals(type)) {
            return transferEvent(json.has("data") ? json.path("data") : json.path("transfer"));
        }
        if (!"charge.completed".equals(type)) {
            throw new CallbackRejected("only charge.completed and transfer.completed events are taken here, not " + type);
        }
        JsonNode data = json.path("data");
        UUID paymentId = ourId(data.path("tx_ref").asText(), "tx_ref");
        return new ProviderEvent(NAME, "charge:" + data.path("id").asText() + ":" + data.path("status").asText(),
                ProviderEvent.Subject.COLLECTION, paymentId, CollectionState.Outcome.PENDING, Optional.empty(),
                Optional.ofNullable(data.get("id")).map(JsonNode::asText), Optional.empty(), true);
    }

    /** A transfer's hook says only that something happened; the transfer is read back before it counts. */
    private static ProviderEvent transferEvent(JsonNode transfer) throws CallbackRejected {
        UUID payoutId = ourId(transfer.path("reference").asText(), "reference");
        return new ProviderEvent(NAME, "transfer:" + transfer.path("id").asText() + ":" + transfer.path("status").asText(),
                ProviderEvent.Subject.PAYOUT, payoutId, CollectionState.Outcome.PENDING, Optional.empty(),
                Optional.ofNullable(transfer.get("id")).map(JsonNode::asText), Optional.empty(), true);
    }

    private static UUID ourId(String id, String field) throws CallbackRejected {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new CallbackRejected(field + " is not one of ours");
        }
    }

    @Override
    public TransferStart startRefund(RefundRequest request) {
        return transfers.startRefund(request);
    }

    @Override
    public TransferState refundStatus(UUID refundId, Optional<String> providerReference) {
        return transfers.refundStatus(providerReference);
    }

    @Override
    public TransferStart startPayout(PayoutRequest request) {
        return transfers.startPayout(request);
    }

    @Override
    public TransferState payoutStatus(UUID payoutId, Optional<String> providerReference) {
        return transfers.payoutStatus(payoutId, providerReference);
    }

    private boolean sameSecret(String header) {
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                settings.secretHash().getBytes(StandardCharsets.UTF_8));
    }

    private boolean validHmac(String header, byte[] body) {
        if (header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(settings.secretHash().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = Base64.getEncoder().encode(mac.doFinal(body));
            return MessageDigest.isEqual(expected, header.strip().getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static Optional<Money> amount(JsonNode data) {
        try {
            Currency currency = Currency.getInstance(data.path("currency").asText());
            BigDecimal major = data.path("amount").decimalValue();
            return Optional.of(new Money(major.movePointRight(currency.getDefaultFractionDigits())
                    .setScale(0, RoundingMode.UNNECESSARY).longValueExact(), currency));
        } catch (IllegalArgumentException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** Flutterwave takes amounts as JSON numbers in major units. */
    static BigDecimal major(Money amount) {
        return BigDecimal.valueOf(amount.minor(), amount.currency().getDefaultFractionDigits());
    }
}
