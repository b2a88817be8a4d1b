package com.pakashop.adapter.pawapay;

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
import com.pakashop.domain.identity.PhoneNumber;
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
import java.time.Clock;
import java.util.Currency;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pawaPay v2 for Zambian mobile money: deposits here, refunds and payouts in {@link PawaPayTransfers}. Our payment id is the depositId, so a retried
 * call is ignored as a duplicate rather than charged twice. Whether a failed call may be retried
 * elsewhere is decided by what certainly happened: a refusal to connect or an explicit "provider
 * unavailable" may fail over ({@link DependencyUnavailable}); a time-out or 5xx after sending may
 * have started a charge, so the payment waits for pawaPay's callback or the reconciler.
 */
public final class PawaPayProvider implements PaymentProvider {
    public static final String NAME = "PAWAPAY";
    private static final Logger log = LoggerFactory.getLogger(PawaPayProvider.class);
    /** Rejections that mean pawaPay cannot take this payment now but another provider might. */
    private static final Set<String> TRY_ELSEWHERE = Set.of("PROVIDER_TEMPORARILY_UNAVAILABLE", "INVALID_PROVIDER",
            "DEPOSITS_NOT_ALLOWED", "CORRESPONDENT_TEMPORARILY_UNAVAILABLE");

    private final PawaPayHttp http;
    private final PawaPayTransfers transfers;
    private final CallbackSignatures signatures;
    private final ObjectMapper mapper = new ObjectMapper();

    public PawaPayProvider(HttpClients clients, PawaPaySettings settings, Clock clock) {
        this.http = new PawaPayHttp(settings, clients.forProvider("pawaPay", new CallPolicy(settings.timeout(),
                settings.circuitOpenFor()), mapper), mapper);
        this.transfers = new PawaPayTransfers(http, mapper);
        this.signatures = new CallbackSignatures(new PublicKeys(http, clock)::byId, settings.callbackMaxAge(), clock);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CollectionStart startCollection(CollectionRequest request) {
        PhoneNumber payer = request.payer().orElseThrow(() -> new IllegalArgumentException("pawaPay collects mobile money"));
        ObjectNode body = mapper.createObjectNode()
                .put("depositId", request.paymentId().toString())
                .put("amount", decimal(request.amount()))
                .put("currency", request.amount().currency().getCurrencyCode())
                .put("clientReferenceId", request.reference())
                .put("customerMessage", "Pakashop order");
        ObjectNode account = body.putObject("payer").put("type", "MMO").putObject("accountDetails");
        account.put("phoneNumber", payer.e164().substring(1));
        account.put("provider", Networks.providerCode(request.method().network().orElseThrow()));
        body.putArray("metadata").addObject().put("paymentId", request.paymentId().toString());
        Answer answer;
        try {
            answer = http.post("/v2/deposits", body);
        } catch (NotSent e) {
            throw new DependencyUnavailable(NAME, e.getMessage());
        } catch (Uncertain e) {
            return afterUncertainStart(request.paymentId(), e.getMessage());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            log.error("pawaPay refused our credentials (HTTP {}): check PAWAPAY_API_KEY", answer.status());
            throw new DependencyUnavailable(NAME, "pawaPay refused our credentials");
        }
        if (answer.status() == 400) {
            return refused(answer.body().path("failureReason"));
        }
        String status = answer.body().path("status").asText();
        switch (status) {
            case "ACCEPTED":
                return prompted(request);
            case "REJECTED":
                JsonNode failure = answer.body().path("failureReason");
                if (TRY_ELSEWHERE.contains(failure.path("failureCode").asText())) {
                    throw new DependencyUnavailable(NAME, "pawaPay cannot take it now: " + failure.path("failureCode").asText());
                }
                return refused(failure);
            case "DUPLICATE_IGNORED":
                return afterUncertainStart(request.paymentId(), "pawaPay already has this deposit");
            default:
                return new CollectionStart.Uncertain("pawaPay answered HTTP " + answer.status() + " " + status);
        }
    }

    @Override
    public CollectionState collectionStatus(UUID paymentId) {
        Answer answer;
        try {
            answer = http.get("/v2/deposits/" + paymentId);
        } catch (NotSent | Uncertain e) {
            throw new DependencyUnavailable(NAME, e.getMessage());
        }
        String envelope = answer.body().path("status").asText();
        if (answer.status() == 200 && "NOT_FOUND".equals(envelope)) {
            return new CollectionState(CollectionState.Outcome.NOT_FOUND, Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        if (answer.status() != 200 || !"FOUND".equals(envelope)) {
            throw new DependencyUnavailable(NAME, "deposit status answered HTTP " + answer.status() + " " + envelope);
        }
        return state(answer.body().path("data"));
    }

    @Override
    public ProviderEvent verifyCallback(CallbackRequest callback) throws CallbackRejected {
        signatures.verify(callback);
        JsonNode json;
        try {
            json = mapper.readTree(callback.body());
        } catch (IOException e) {
            throw new CallbackRejected("the body is not JSON");
        }
        Optional<ProviderEvent> transfer = transferEvent(json);
        if (transfer.isPresent()) {
            return transfer.get();
        }
        String depositId = json.path("depositId").asText();
        if (depositId.isEmpty()) {
            throw new CallbackRejected("the callback names no deposit, refund or payout");
        }
        UUID paymentId = ourId(depositId, "depositId");
        CollectionState state = state(json);
        return new ProviderEvent(NAME, "deposit:" + depositId + ":" + json.path("status").asText(),
                ProviderEvent.Subject.COLLECTION, paymentId, state.outcome(), state.amount(), state.providerReference(),
                state.failure(), false);
    }

    /** pawaPay may send every kind of callback to one URL: the id field present says which (pawaPay docs: callbacks). */
    private static Optional<ProviderEvent> transferEvent(JsonNode json) throws CallbackRejected {
        ProviderEvent.Subject subject;
        String field;
        if (json.hasNonNull("refundId")) {
            subject = ProviderEvent.Subject.REFUND;
            field = "refundId";
        } else if (json.hasNonNull("payoutId")) {
            subject = ProviderEvent.Subject.PAYOUT;
            field = "payoutId";
        } else {
            return Optional.empty();
        }
        String id = json.path(field).asText();
        TransferState state = PawaPayTransfers.state(json);
        CollectionState.Outcome outcome = switch (state.outcome()) {
            case COMPLETED -> CollectionState.Outcome.COMPLETED;
            case FAILED -> CollectionState.Outcome.FAILED;
            default -> CollectionState.Outcome.PENDING;
        };
        return Optional.of(new ProviderEvent(NAME, field + ":" + id + ":" + json.path("status").asText(), subject,
                ourId(id, field), outcome, Optional.empty(), state.providerReference(), state.failure(), false));
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
        return transfers.status(PawaPayTransfers.Kind.REFUND, refundId);
    }

    @Override
    public TransferStart startPayout(PayoutRequest request) {
        return transfers.startPayout(request);
    }

    @Override
    public TransferState payoutStatus(UUID payoutId, Optional<String> providerReference) {
        return transfers.status(PawaPayTransfers.Kind.PAYOUT, payoutId);
    }

    /** After an uncertain start, pawaPay's own record decides: taken, refused, or still unknown. */
    private CollectionStart afterUncertainStart(UUID paymentId, String why) {
        try {
            CollectionState state = collectionStatus(paymentId);
            switch (state.outcome()) {
                case PENDING:
                case COMPLETED:
                    return new CollectionStart.Prompted(state.providerReference(), "Approve the payment on your phone");
                case FAILED:
                    return new CollectionStart.Refused("REFUSED", state.failure().orElse("pawaPay failed the deposit"));
                default:
                    return new CollectionStart.Uncertain(why + "; pawaPay has no record of it yet");
            }
        } catch (DependencyUnavailable e) {
            return new CollectionStart.Uncertain(why + "; its status could not be read: " + e.getMessage());
        }
    }

    private static CollectionStart prompted(CollectionRequest request) {
        return new CollectionStart.Prompted(Optional.empty(), "Approve the payment of " + decimal(request.amount())
                + " " + request.amount().currency().getCurrencyCode() + " on your phone; if no prompt arrives, "
                + "check your mobile-money menu");
    }

    private static CollectionStart refused(JsonNode failure) {
        String code = failure.path("failureCode").asText("REFUSED");
        String ours = switch (code) {
            case "INVALID_PHONE_NUMBER", "INVALID_PAYER_FORMAT" -> "INVALID_NUMBER";
            case "AMOUNT_OUT_OF_BOUNDS", "INVALID_AMOUNT", "AMOUNT_TOO_SMALL", "AMOUNT_TOO_LARGE" -> "AMOUNT_OUT_OF_BOUNDS";
            default -> "REFUSED";
        };
        return new CollectionStart.Refused(ours, "pawaPay: " + failure.path("failureMessage").asText(code));
    }

    /** A deposit record (status data or callback body) in our words. */
    private static CollectionState state(JsonNode deposit) {
        Optional<Money> amount = Optional.empty();
        if (deposit.hasNonNull("amount") && deposit.hasNonNull("currency")) {
            try {
                Currency currency = Currency.getInstance(deposit.path("currency").asText());
                BigDecimal major = new BigDecimal(deposit.path("amount").asText());
                amount = Optional.of(new Money(major.movePointRight(currency.getDefaultFractionDigits())
                        .setScale(0, RoundingMode.UNNECESSARY).longValueExact(), currency));
            } catch (IllegalArgumentException | ArithmeticException unreadable) {
                amount = Optional.empty();
            }
        }
        Optional<String> reference = Optional.ofNullable(deposit.get("providerTransactionId")).map(JsonNode::asText);
        JsonNode failure = deposit.path("failureReason");
        Optional<String> why = failure.isMissingNode() ? Optional.empty()
                : Optional.of(failure.path("failureCode").asText() + ": " + failure.path("failureMessage").asText());
        CollectionState.Outcome outcome = switch (deposit.path("status").asText()) {
            case "COMPLETED" -> CollectionState.Outcome.COMPLETED;
            case "FAILED" -> CollectionState.Outcome.FAILED;
            default -> CollectionState.Outcome.PENDING;
        };
        return new CollectionState(outcome, amount, reference, why);
    }

    /** pawaPay wants a decimal string in major units; every Zambian provider takes two places. */
    static String decimal(Money amount) {
        return BigDecimal.valueOf(amount.minor(), amount.currency().getDefaultFractionDigits()).setScale(2).toPlainString();
    }
}
