package com.pakashop.application.payments;

import com.pakashop.application.events.Outbox;
import com.pakashop.application.events.PayoutReported;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.payments.RefundStatus;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Unauthenticated;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A provider's callback: authenticity first, on the raw bytes, then (for providers whose
 * callbacks are only triggers) the provider's own answer, then the one-transaction apply.
 */
public final class ReceivingCallbacks {
    private static final Logger log = LoggerFactory.getLogger(ReceivingCallbacks.class);

    private final PaymentRouting routing;
    private final ApplyingPaymentEvents applying;
    private final Refunds refunds;
    private final SettlingRefunds settlingRefunds;
    private final Outbox outbox;
    private final Transactions tx;

    public ReceivingCallbacks(PaymentRouting routing, ApplyingPaymentEvents applying, Refunds refunds,
                              SettlingRefunds settlingRefunds, Outbox outbox, Transactions tx) {
        this.routing = routing;
        this.applying = applying;
        this.refunds = refunds;
        this.settlingRefunds = settlingRefunds;
        this.outbox = outbox;
        this.tx = tx;
    }

    /** {@code providerName} comes from the route, upper-cased. */
    public ApplyingPaymentEvents.Applied receive(String providerName, CallbackRequest callback) {
        PaymentProvider provider = routing.named(providerName)
                .orElseThrow(() -> new NotFound("No payment provider " + providerName + " is configured"));
        ProviderEvent event;
        try {
            event = provider.verifyCallback(callback);
        } catch (CallbackRejected e) {
            log.warn("Refused a {} callback of {} bytes: {}", provider.name(), callback.body().length, e.getMessage());
            throw new Unauthenticated("invalid-signature", "The callback's signature does not verify");
        }
        return switch (event.subject()) {
            case COLLECTION -> applying.apply(confirmedCollection(provider, event));
            case REFUND -> refund(provider, event);
            case PAYOUT -> payout(provider, event);
        };
    }

    /**
     * Settlement follows its own payouts: the callback is recorded as an event and settlement asks
     * the provider about that payout, so a forged or stale callback cannot complete one.
     */
    private ApplyingPaymentEvents.Applied payout(PaymentProvider provider, ProviderEvent event) {
        tx.inTransaction(() -> outbox.append(new PayoutReported(event.subjectId(), provider.name())));
        return ApplyingPaymentEvents.Applied.PAYOUT_REPORTED;
    }

    private static ProviderEvent confirmedCollection(PaymentProvider provider, ProviderEvent event) {
        if (!event.needsConfirmation()) {
            return event;
        }
        CollectionState confirmed = provider.collectionStatus(event.subjectId());
        return new ProviderEvent(event.provider(), event.eventId(), event.subject(), event.subjectId(),
                confirmed.outcome(), confirmed.amount(), confirmed.providerReference().or(event::providerReference),
                confirmed.failure(), false);
    }

    /** A refund's callback, confirmed with the provider when it is only a trigger, applied like any refund answer. */
    private ApplyingPaymentEvents.Applied refund(PaymentProvider provider, ProviderEvent event) {
        Optional<Refund> refund = refunds.byId(event.subjectId()).filter(r -> r.provider().equals(provider.name()));
        if (refund.isEmpty()) {
            log.warn("{} reported refund {}, which is not one of ours", provider.name(), event.subjectId());
            return ApplyingPaymentEvents.Applied.UNKNOWN_SUBJECT;
        }
        TransferState state = event.needsConfirmation()
                ? provider.refundStatus(event.subjectId(), event.providerReference().or(() -> refund.get().providerReference()))
                : new TransferState(switch (event.outcome()) {
                    case COMPLETED -> TransferState.Outcome.COMPLETED;
                    case FAILED -> TransferState.Outcome.FAILED;
                    case PENDING -> TransferState.Outcome.PENDING;
                    case NOT_FOUND -> TransferState.Outcome.NOT_FOUND;
                }, event.providerReference(), event.failure());
        Optional<RefundOutcome> outcome = RefundOutcome.of(state, refund.get());
        if (outcome.isEmpty()) {
            return ApplyingPaymentEvents.Applied.NOTHING_NEW;
        }
        RefundStatus before = refund.get().status();
        RefundStatus after = settlingRefunds.apply(refund.get().id(), outcome.get()).map(Refund::status).orElse(before);
        return after == before ? ApplyingPaymentEvents.Applied.NOTHING_NEW : ApplyingPaymentEvents.Applied.REFUND_UPDATED;
    }

    /**
     * A buyer came back from a provider's page: ask the provider (never the browser) how the
     * payment stands, and apply a final answer.
     */
    public ApplyingPaymentEvents.Applied confirm(String providerName, UUID paymentId) {
        PaymentProvider provider = routing.named(providerName)
                .orElseThrow(() -> new NotFound("No payment provider " + providerName + " is configured"));
        CollectionState state = provider.collectionStatus(paymentId);
        if (state.outcome() != CollectionState.Outcome.COMPLETED && state.outcome() != CollectionState.Outcome.FAILED) {
            return ApplyingPaymentEvents.Applied.NOTHING_NEW;
        }
        return applying.apply(ProviderEvent.asked(provider.name(), paymentId, state));
    }
}
