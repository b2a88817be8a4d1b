package com.pakashop.adapter.flutterwave;

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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Flutterwave v3 refunds and transfers (payouts). A transfer carries our payout id as its
 * {@code reference}, which Flutterwave refuses to reuse, so sending it again is safe. A refund
 * takes no key of ours at all: one whose answer was lost cannot be found again by our id, so it
 * is never re-sent automatically (the application hands it to a person instead).
 */
final class FlutterwaveTransfers {
    /** Flutterwave's bank code for Zambian mobile-money wallets (Flutterwave docs: transfers, "Zambia (ZMW): MPS"). */
    private static final String ZAMBIA_MOBILE_MONEY = "MPS";

    private final FlutterwaveHttp http;
    private final ObjectMapper mapper;

    FlutterwaveTransfers(FlutterwaveHttp http, ObjectMapper mapper) {
        this.http = http;
        this.mapper = mapper;
    }

    /** Refunds are made against Flutterwave's own transaction id, looked up by our tx_ref when we lack it. */
    TransferStart startRefund(RefundRequest request) {
        String transactionId = request.collectionReference().orElseGet(() -> transactionIdOf(request.paymentId()));
        ObjectNode body = mapper.createObjectNode().put("amount", FlutterwaveProvider.major(request.amount()))
                .put("comments", clip(request.reason(), 120));
        Optional<Answer> taken = http.postMovingMoney("/v3/transactions/" + transactionId + "/refund",
                body);
        if (taken.isEmpty()) {
            return new TransferStart.Uncertain("Flutterwave did not answer the refund request");
        }
        Answer answer = taken.get();
        JsonNode data = answer.body().path("data");
        if (!FlutterwaveHttp.success(answer) || !data.hasNonNull("id")) {
            return refused(answer);
        }
        Optional<String> refundId = Optional.of(data.path("id").asText());
        return switch (refundOutcome(data.path("status").asText())) {
            case COMPLETED -> new TransferStart.Completed(refundId);
            case FAILED -> new TransferStart.Refused("FAILED", "Flutterwave failed the refund");
            default -> new TransferStart.Accepted(refundId);
        };
    }

    TransferState refundStatus(Optional<String> flutterwaveRefundId) {
        if (flutterwaveRefundId.isEmpty()) {
            return TransferState.of(TransferState.Outcome.UNTRACEABLE);
        }
        Answer answer = read("/v3/refunds/" + flutterwaveRefundId.get());
        if (answer.status() == 400 || answer.status() == 404) {
            return TransferState.of(TransferState.Outcome.NOT_FOUND);
        }
        if (!FlutterwaveHttp.success(answer)) {
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, "refund lookup answered HTTP " + answer.status());
        }
        JsonNode data = answer.body().path("data");
        TransferState.Outcome outcome = refundOutcome(data.path("status").asText());
        return new TransferState(outcome, flutterwaveRefundId, outcome == TransferState.Outcome.FAILED
                ? Optional.of("FAILED: Flutterwave failed the refund") : Optional.empty());
    }

    TransferStart startPayout(PayoutRequest request) {
        ObjectNode body = mapper.createObjectNode()
                .put("account_bank", ZAMBIA_MOBILE_MONEY)
                .put("account_number", request.recipient().e164().substring(1))
                .put("amount", FlutterwaveProvider.major(request.amount()))
                .put("currency", request.amount().currency().getCurrencyCode())
                .put("beneficiary_name", request.recipientName())
                .put("reference", request.payoutId().toString())
                .put("narration", clip("Pakashop payout " + request.reference(), 100));
        body.putObject("meta").put("payoutId", request.payoutId().toString());
        Optional<Answer> taken = http.postMovingMoney("/v3/transfers", body);
        if (taken.isEmpty()) {
            return new TransferStart.Uncertain("Flutterwave did not answer the transfer request");
        }
        Answer answer = taken.get();
        JsonNode data = answer.body().path("data");
        if (FlutterwaveHttp.success(answer) && data.hasNonNull("id")) {
            return new TransferStart.Accepted(Optional.of(data.path("id").asText()));
        }
        String message = answer.body().path("message").asText("").toLowerCase(Locale.ROOT);
        if (message.contains("reference") && (message.contains("duplicate") || message.contains("already"))) {
            return new TransferStart.Uncertain("Flutterwave already has a transfer with this reference");
        }
        return refused(answer);
    }

    /**
     * By Flutterwave's transfer id when we have it; otherwise by our reference, trusting only a
     * listed transfer that carries exactly that reference.
     */
    TransferState payoutStatus(UUID payoutId, Optional<String> transferId) {
        if (transferId.isPresent()) {
            Answer answer = read("/v3/transfers/" + transferId.get());
            if (answer.status() == 400 || answer.status() == 404) {
                return TransferState.of(TransferState.Outcome.NOT_FOUND);
            }
            return transferState(answer, answer.body().path("data"), transferId);
        }
        Answer answer = read("/v3/transfers?reference="
                + URLEncoder.encode(payoutId.toString(), StandardCharsets.UTF_8));
        for (JsonNode transfer : answer.body().path("data")) {
            if (payoutId.toString().equals(transfer.path("reference").asText())) {
                return transferState(answer, transfer, Optional.of(transfer.path("id").asText()));
            }
        }
        if (!FlutterwaveHttp.success(answer)) {
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, "transfer lookup answered HTTP " + answer.status());
        }
        return TransferState.of(TransferState.Outcome.UNTRACEABLE);
    }

    private static TransferState transferState(Answer answer, JsonNode transfer, Optional<String> id) {
        if (!FlutterwaveHttp.success(answer)) {
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, "transfer lookup answered HTTP " + answer.status());
        }
        TransferState.Outcome outcome = switch (transfer.path("status").asText().toUpperCase(Locale.ROOT)) {
            case "SUCCESSFUL" -> TransferState.Outcome.COMPLETED;
            case "FAILED" -> TransferState.Outcome.FAILED;
            default -> TransferState.Outcome.PENDING;
        };
        return new TransferState(outcome, id, outcome == TransferState.Outcome.FAILED
                ? Optional.of("FAILED: " + transfer.path("complete_message").asText("the transfer failed"))
                : Optional.empty());
    }

    private String transactionIdOf(UUID paymentId) {
        Answer answer = read("/v3/transactions/verify_by_reference?tx_ref="
                + URLEncoder.encode(paymentId.toString(), StandardCharsets.UTF_8));
        JsonNode data = answer.body().path("data");
        if (!FlutterwaveHttp.success(answer) || !paymentId.toString().equals(data.path("tx_ref").asText()) || !data.hasNonNull("id")) {
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, "could not find Flutterwave's id of payment "
                    + paymentId + " (HTTP " + answer.status() + ")");
        }
        return data.path("id").asText();
    }

    /** Unknown refund statuses are still pending (reference: the full set is UNSURE). */
    private static TransferState.Outcome refundOutcome(String status) {
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "completed", "successful" -> TransferState.Outcome.COMPLETED;
            case "failed" -> TransferState.Outcome.FAILED;
            default -> TransferState.Outcome.PENDING;
        };
    }

    private Answer read(String path) {
        try {
            return http.get(path);
        } catch (NotSent | Uncertain e) {
            throw new DependencyUnavailable(FlutterwaveProvider.NAME, e.getMessage());
        }
    }

    private static TransferStart refused(Answer answer) {
        if (answer.body().isMissingNode()) {
            return new TransferStart.Uncertain("Flutterwave answered HTTP " + answer.status() + " without a body");
        }
        return new TransferStart.Refused("REFUSED", "Flutterwave: " + answer.body().path("message").asText("refused"));
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
