package com.pakashop.adapter.pawapay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.pakashop.application.payments.PayoutRequest;
import com.pakashop.application.payments.RefundRequest;
import com.pakashop.application.payments.TransferStart;
import com.pakashop.application.payments.TransferState;
import com.pakashop.domain.shared.DependencyUnavailable;
import com.pakashop.support.http.Answer;
import com.pakashop.support.http.NotSent;
import com.pakashop.support.http.Uncertain;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pawaPay v2 refunds and payouts: money leaving our wallet. Our refund or payout id is pawaPay's
 * idempotency key, so sending the same request again after a time-out is ignored as a duplicate
 * (pawaPay docs: "never retry an initiation with a new id"). {@code DUPLICATE_IGNORED} is not a
 * success: the existing record is read back.
 */
final class PawaPayTransfers {
    private static final Logger log = LoggerFactory.getLogger(PawaPayTransfers.class);

    private final PawaPayHttp http;
    private final ObjectMapper mapper;

    PawaPayTransfers(PawaPayHttp http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    TransferStart startRefund(RefundRequest request) {
        ObjectNode body = mapper.createObjectNode()
                .put("refundId", request.refundId().toString())
                .put("depositId", request.paymentId().toString())
                .put("amount", PawaPayProvider.decimal(request.amount()))
                .put("currency", request.amount().currency().getCurrencyCode());
        body.putArray("metadata").addObject().put("refundId", request.refundId().toString());
        return start(Kind.REFUND, request.refundId(), body);
    }

    TransferStart startPayout(PayoutRequest request) {
        ObjectNode body = mapper.createObjectNode()
                .put("payoutId", request.payoutId().toString())
                .put("amount", PawaPayProvider.decimal(request.amount()))
                .put("currency", request.amount().currency().getCurrencyCode())
                .put("clientReferenceId", clip(request.reference(), 36))
                .put("customerMessage", "Pakashop payout");
        ObjectNode account = body.putObject("recipient").put("type", "MMO").putObject("accountDetails");
        account.put("phoneNumber", request.recipient().e164().substring(1));
        account.put("provider", Networks.providerCode(request.network()));
        body.putArray("metadata").addObject().put("payoutId", request.payoutId().toString());
        return start(Kind.PAYOUT, request.payoutId(), body);
    }

    TransferState status(Kind kind, UUID id) {
        Answer answer;
        try {
            answer = http.get(kind.path + "/" + id);
        } catch (NotSent | Uncertain e) {
            throw new DependencyUnavailable(PawaPayProvider.NAME, e.getMessage());
        }
        String envelope = answer.body().path("status").asText();
        if (answer.status() == 200 && "NOT_FOUND".equals(envelope)) {
            return TransferState.of(TransferState.Outcome.NOT_FOUND);
        }
        if (answer.status() != 200 || !"FOUND".equals(envelope)) {
            throw new DependencyUnavailable(PawaPayProvider.NAME, kind.name().toLowerCase() + " status answered HTTP "
                    + answer.status() + " " + envelope);
        }
        return state(answer.body().path("data"));
    }

    /** A refund or payout record (status data or callback body) in our words; unknown statuses are still pending. */
    static TransferState state(JsonNode record) {
        Optional<String> reference = Optional.ofNullable(record.get("providerTransactionId")).map(JsonNode::asText);
        JsonNode failure = record.path("failureReason");
        Optional<String> why = failure.isMissingNode() ? Optional.empty()
                : Optional.of(failure.path("failureCode").asText() + ": " + failure.path("failureMessage").asText());
        TransferState.Outcome outcome = switch (record.path("status").asText()) {
            case "COMPLETED" -> TransferState.Outcome.COMPLETED;
            case "FAILED" -> TransferState.Outcome.FAILED;
            default -> TransferState.Outcome.PENDING;
        };
        return new TransferState(outcome, reference, why);
    }

    private TransferStart start(Kind kind, UUID id, JsonNode body) {
        Answer answer;
        try {
            answer = http.post(kind.path, body);
        } catch (NotSent e) {
            throw new DependencyUnavailable(PawaPayProvider.NAME, e.getMessage());
        } catch (Uncertain e) {
            return afterUncertainStart(kind, id, e.getMessage());
        }
        if (answer.status() == 401 || answer.status() == 403) {
            log.error("pawaPay refused our {} request (HTTP {}): check PAWAPAY_API_KEY and the account's permissions",
                    kind, answer.status());
            throw new DependencyUnavailable(PawaPayProvider.NAME, "pawaPay refused our credentials");
        }
        JsonNode failure = answer.body().path("failureReason");
        if (answer.status() == 400) {
            return refused(failure);
        }
        switch (answer.body().path("status").asText()) {
            case "ACCEPTED":
            case "ENQUEUED":
                return new TransferStart.Accepted(Optional.empty());
            case "REJECTED":
                return refused(failure);
            case "DUPLICATE_IGNORED":
                return afterUncertainStart(kind, id, "pawaPay already has this " + kind.name().toLowerCase());
            default:
                return new TransferStart.Uncertain("pawaPay answered HTTP " + answer.status() + " "
                        + answer.body().path("status").asText());
        }
    }

    private TransferStart afterUncertainStart(Kind kind, UUID id, String why) {
        try {
            TransferState state = status(kind, id);
            return switch (state.outcome()) {
                case PENDING -> new TransferStart.Accepted(state.providerReference());
                case COMPLETED -> new TransferStart.Completed(state.providerReference());
                case FAILED -> new TransferStart.Refused("FAILED", state.failure().orElse("pawaPay failed it"));
                default -> new TransferStart.Uncertain(why + "; pawaPay has no record of it yet");
            };
        } catch (DependencyUnavailable e) {
            return new TransferStart.Uncertain(why + "; its status could not be read: " + e.getMessage());
        }
    }

    private static TransferStart refused(JsonNode failure) {
        String code = failure.path("failureCode").asText("REFUSED");
        return new TransferStart.Refused(code, "pawaPay: " + failure.path("failureMessage").asText(code));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** Which kind of money out, and where pawaPay keeps it. */
    enum Kind {
        REFUND("/v2/refunds"), PAYOUT("/v2/payouts");

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }
}
