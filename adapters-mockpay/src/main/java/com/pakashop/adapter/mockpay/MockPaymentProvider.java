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
import com.pakashop.application.payments.PayoutRequest;
import com.pakashop.application.payments.ProviderEvent;
import com.pakashop.application.payments.RefundRequest;
import com.pakashop.application.payments.TransferStart;
import com.pakashop.application.payments.TransferState;
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
 * A provider that moves no money. Collections, refunds and payouts it accepts are settled after a
 * delay by a callback to our own webhook, signed with HMAC-SHA256 over the raw body ({@code X-Mock-Signature}, hex),
 * so the whole callback path (authenticity, dedupe, apply) runs as it would for a real provider.
 * It remembers them in memory only: after a restart it answers NOT_FOUND, as a provider
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
    /** Built at the first callback: building one loads the TLS trust store, which the CLI never needs. */
    private volatile HttpClient http;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mock-payment-callbacks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<UUID, Collection> collections = new ConcurrentHashMap<>();
    private final Map<UUID, Transfer> transfers = new ConcurrentHashMap<>();
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
            scheduler.schedule(() -> deliver(collectionCallback(collection), collection.paymentId(), 1), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        String reference = reference(request.paymentId());
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
                Optional.of(reference(paymentId)), collection.failure());
    }

    /** Refunds are taken and complete after the delay, by callback, unless they ask for more than was collected. */
    @Override
    public TransferStart startRefund(RefundRequest request) {
        Collection collected = collections.get(request.paymentId());
        if (collected != null && request.amount().compareTo(collected.received()) > 0) {
            return new TransferStart.Refused("AMOUNT_TOO_LARGE", "The mock collected only " + collected.received());
        }
        return startTransfer(request.refundId(), ProviderEvent.Subject.REFUND, Optional.empty());
    }

    @Override
    public TransferState refundStatus(UUID refundId, Optional<String> providerReference) {
        return transferStatus(refundId);
    }

    /** Payouts to numbers ending 91 are refused at once, to 92 fail (no such wallet); the rest complete. */
    @Override
    public TransferStart startPayout(PayoutRequest request) {
        String number = request.recipient().e164();
        String ending = number.substring(number.length() - 2);
        if ("91".equals(ending)) {
            return new TransferStart.Refused("INVALID_NUMBER", "The mock provider refuses payouts to numbers ending in 91");
        }
        return startTransfer(request.payoutId(), ProviderEvent.Subject.PAYOUT, "92".equals(ending)
                ? Optional.of("RECIPIENT_NOT_FOUND: no wallet on that number (mock)") : Optional.empty());
    }

    @Override
    public TransferState payoutStatus(UUID payoutId, Optional<String> providerReference) {
        return transferStatus(payoutId);
    }

    private TransferStart startTransfer(UUID id, ProviderEvent.Subject subject, Optional<String> failure) {
        Transfer transfer = new Transfer(id, subject, failure, clock.instant().plus(delay));
        if (transfers.putIfAbsent(id, transfer) == null) {
            scheduler.schedule(() -> deliver(transferCallback(transfer), id, 1), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
        return new TransferStart.Accepted(Optional.of(reference(id)));
    }

    private TransferState transferStatus(UUID id) {
        Transfer transfer = transfers.get(id);
        if (transfer == null) {
            return TransferState.of(TransferState.Outcome.NOT_FOUND);
        }
        if (clock.instant().isBefore(transfer.settlesAt())) {
            return TransferState.of(TransferState.Outcome.PENDING);
        }
        return new TransferState(transfer.failure().isPresent() ? TransferState.Outcome.FAILED
                : TransferState.Outcome.COMPLETED, Optional.of(reference(id)), transfer.failure());
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
            return new ProviderEvent(NAME, json.path("eventId").asText(),
                    ProviderEvent.Subject.valueOf(json.path("subject").asText("COLLECTION")),
                    UUID.fromString(json.path("paymentId").asText()),
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

    private ObjectNode collectionCallback(Collection collection) {
        ObjectNode json = mapper.createObjectNode()
                .put("eventId", "mock-" + collection.paymentId())
                .put("subject", ProviderEvent.Subject.COLLECTION.name())
                .put("paymentId", collection.paymentId().toString())
                .put("status", collection.finalOutcome().name())
                .put("amount", collection.received().toDecimalString())
                .put("currency", collection.received().currency().getCurrencyCode())
                .put("reference", reference(collection.paymentId()));
        collection.failure().ifPresent(failure -> json.put("failure", failure));
        return json;
    }

    private ObjectNode transferCallback(Transfer transfer) {
        ObjectNode json = mapper.createObjectNode()
                .put("eventId", "mock-" + transfer.subject().name().toLowerCase(java.util.Locale.ROOT) + "-" + transfer.id())
                .put("subject", transfer.subject().name())
                .put("paymentId", transfer.id().toString())
                .put("status", transfer.failure().isPresent() ? "FAILED" : "COMPLETED")
                .put("reference", reference(transfer.id()));
        transfer.failure().ifPresent(failure -> json.put("failure", failure));
        return json;
    }

    private HttpClient http() {
        HttpClient client = http;
        if (client == null) {
            synchronized (this) {
                if (http == null) {
                    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
                }
                client = http;
            }
        }
        return client;
    }

    private static String reference(UUID id) {
        return "MOCK-" + id.toString().substring(0, 8);
    }

    /** Posts a signed callback about {@code id}, trying again a few times if our API does not take it. */
    private void deliver(ObjectNode json, UUID id, int attempt) {
        URI target = webhook.get();
        if (target == null) {
            log.warn("Mock {} settled, but no webhook address is known; the reconciler will find it", id);
            return;
        }
        try {
            byte[] body = mapper.writeValueAsBytes(json);
            HttpResponse<Void> response = http().send(HttpRequest.newBuilder(target)
                    .timeout(Duration.ofSeconds(5))
                    .header("Content-Type", "application/json")
                    .header(SIGNATURE_HEADER, HexFormat.of().formatHex(sign(body)))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                return;
            }
            log.warn("Mock callback for {} answered {}", id, response.statusCode());
        } catch (IOException e) {
            log.warn("Mock callback for {} failed: {}", id, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        if (attempt < DELIVERY_ATTEMPTS) {
            scheduler.schedule(() -> deliver(json, id, attempt + 1), delay.toMillis() * attempt, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** A refund or payout the mock took; it fails with {@code failure}, or completes. */
    private record Transfer(UUID id, ProviderEvent.Subject subject, Optional<String> failure, Instant settlesAt) {
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
