package com.pakashop.adapter.mockpay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pakashop.application.payments.CallbackRejected;
import com.pakashop.application.payments.CallbackRequest;
import com.pakashop.application.payments.CollectionRequest;
import com.pakashop.application.payments.CollectionStart;
import com.pakashop.application.payments.CollectionState;
import com.pakashop.application.payments.PaymentProvider;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.shared.Money;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider that moves no money. Collections it accepts are settled after a delay by a callback
 * to our own webhook, signed with HMAC-SHA256 over the raw body ({@code X-Mock-Signature}, hex),
 * so the whole callback path (authenticity, dedupe, apply) runs as it would for a real provider.
 * It remembers collections in memory only: after a restart it answers NOT_FOUND, as a provider
 * that never saw the request would.
 */
public final class MockPaymentProvider implements PaymentProvider, AutoCloseable {
    public static final String NAME = "MOCK";
    static final String SIGNATURE_HEADER = "x-mock-signature";
    private static final Logger log = LoggerFactory.getLogger(MockPaymentProvider.class);
    private static final int DELIVERY_ATTEMPTS = 3;

    private final byte[] signingKey;
    private final Duration delay;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mock-payment-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Collection> collections = new ConcurrentHashMap<>();
    private final AtomicReference<URI> webhook = new AtomicReference<>();

    public MockPaymentProvider(byte[] signingKey, Duration delay, Clock clock) {
        this.signingKey = signingKey.clone();
        this.delay = delay;
        this.clock = clock;
    }

    /** Where callbacks go: our own API's base URL, known once the HTTP server listens. */
    public void deliverCallbacksTo(URI apiBase) {
        webhook.set(apiBase.resolve("/api/v1/payments/webhook/mock"));
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CollectionStart startCollection(CollectionRequest request) {
        MockOutcome outcome = MockOutcome.of(request);
        if (outcome == MockOutcome.REFUSED) {
            return new CollectionStart.Refused("INVALID_NUMBER", "The mock provider refuses numbers ending in 91");
        }
        Collection collection = new Collection(request.paymentId(), request.amount(), outcome, clock.instant().plus(delay));
        if (collections.putIfAbsent(request.paymentId(), collection) == null && outcome != MockOutcome.NO_ANSWER) {
            scheduler.schedule(() -> deliver(collection, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        String reference = "MOCK-" + request.paymentId().toString().substring(0, 8);
        if (request.method() == PaymentMethod.CARD) {
            return new CollectionStart.Redirect(request.returnUrl().orElse("about:blank"), Optional.of(reference));
        }
        return new CollectionStart.Prompted(Optional.of(reference), "Approve the payment of "
                + request.amount().toDecimalString() + " " + request.amount().currency().getCurrencyCode()
                + " on your phone (mock provider)");
    }

    @Override
    public CollectionState collectionStatus(UUID paymentId) {
        Collection collection = collections.get(paymentId);
        if (collection == null) {
            return new CollectionState(CollectionState.Outcome.NOT_FOUND, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        if (collection.outcome() == MockOutcome.NO_ANSWER || clock.instant().isBefore(collection.settlesAt())) {
            return new CollectionState(CollectionState.Outcome.PENDING, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        return new CollectionState(collection.finalOutcome(), Optional.of(collection.received()),
                Optional.of("MOCK-" + paymentId.toString().substring(0, 8)), collection.failure());
    }

    @Override
    public ProviderEvent verifyCallback(CallbackRequest callback) throws CallbackRejected {
        byte[] body = callback.body();
        String signature = callback.header(SIGNATURE_HEADER);
        if (signature == null) {
            throw new CallbackRejected("no " + SIGNATURE_HEADER + " header");
        }
        byte[] expected = HexFormat.of().formatHex(sign(body)).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, signature.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            throw new CallbackRejected("signature does not match the body");
        }
        try {
            JsonNode json = mapper.readTree(body);
            CollectionState.Outcome outcome = CollectionState.Outcome.valueOf(json.path("status").asText());
            Optional<Money> amount = Optional.ofNullable(json.get("amount")).map(JsonNode::asText)
                    .flatMap(text -> Money.parse(text, java.util.Currency.getInstance(json.path("currency").asText("ZMW"))));
            return new ProviderEvent(NAME, json.path("eventId").asText(), UUID.fromString(json.path("paymentId").asText()),
                    outcome, amount, Optional.ofNullable(json.get("reference")).map(JsonNode::asText),
                    Optional.ofNullable(json.get("failure")).map(JsonNode::asText), false);
        } catch (IOException | IllegalArgumentException e) {
            throw new CallbackRejected("unreadable body: " + e.getClass().getSimpleName());
        }
    }

    /** Signs a callback body as the mock does; for developers crafting callbacks by hand. */
    public byte[] sign(byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(signingKey, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is always available", e);
        }
    }

    private void deliver(Collection collection, int attempt) {
        URI target = webhook.get();
        if (target == null) {
            log.warn("Mock payment {} settled, but no webhook address is known; the reconciler will find it",
                    collection.paymentId());
            return;
        }
        ObjectNode json = mapper.createObjectNode()
                .put("eventId", "mock-" + collection.paymentId())
                .put("paymentId", collection.paymentId().toString())
                .put("status", collection.finalOutcome().name())
                .put("amount", collection.received().toDecimalString())
                .put("currency", collection.received().currency().getCurrencyCode())
                .put("reference", "MOCK-" + collection.paymentId().toString().substring(0, 8));
        collection.failure().ifPresent(failure -> json.put("failure", failure));
        try {
            byte[] body = mapper.writeValueAsBytes(json);
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, HexFormat.of().formatHex(sign(body)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return;
            }
            log.warn("Mock callback for payment {} answered {}", collection.paymentId(), response.statusCode());
        } catch (IOException e) {
            log.warn("Mock callback for payment {} failed: {}", collection.paymentId(), e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt < DELIVERY_ATTEMPTS) {
            scheduler.schedule(() -> deliver(collection, attempt + 1), delay.toMillis() * attempt, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** A collection the mock accepted and how it will end. */
    private record Collection(UUID paymentId, Money amount, MockOutcome outcome, Instant settlesAt) {
        CollectionState.Outcome finalOutcome() {
            return outcome == MockOutcome.INSUFFICIENT_FUNDS || outcome == MockOutcome.DECLINED
                    ? CollectionState.Outcome.FAILED : CollectionState.Outcome.COMPLETED;
        }

        Money received() {
            return outcome == MockOutcome.SHORT_PAYMENT ? amount.minus(Money.zmw(100)) : amount;
        }

        Optional<String> failure() {
            if (outcome == MockOutcome.INSUFFICIENT_FUNDS) {
                return Optional.of("INSUFFICIENT_FUNDS: the payer's wallet is short (mock)");
            }
            return outcome == MockOutcome.DECLINED ? Optional.of("DECLINED: the payer declined the prompt (mock)")
                    : Optional.empty();
        }
    }
}
