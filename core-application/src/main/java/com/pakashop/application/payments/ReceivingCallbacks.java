package com.pakashop.application.payments;

import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Unauthenticated;
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

    public ReceivingCallbacks(PaymentRouting routing, ApplyingPaymentEvents applying) {
        this.routing = routing;
        this.applying = applying;
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
        if (event.needsConfirmation()) {
            CollectionState confirmed = provider.collectionStatus(event.paymentId());
            event = new ProviderEvent(event.provider(), event.eventId(), event.paymentId(), confirmed.outcome(),
                    confirmed.amount(), confirmed.providerReference().or(event::providerReference), confirmed.failure(),
                    false);
        }
        return applying.apply(event);
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
