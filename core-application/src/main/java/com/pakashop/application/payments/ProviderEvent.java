package com.pakashop.application.payments;

import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified callback, in our words. {@code eventId} is unique per provider and makes duplicate
 * deliveries harmless; {@code subjectId} is our id of what it is about: a payment (collection), a
 * refund or a payout. {@code needsConfirmation} says the callback is only a trigger and the
 * provider's API must be asked before anything is trusted.
 */
public record ProviderEvent(String provider, String eventId, Subject subject, UUID subjectId,
                            CollectionState.Outcome outcome,
                            Optional<Money> amount, Optional<String> providerReference, Optional<String> failure,
                            boolean needsConfirmation) {

    /**
     * What asking the provider told us, as an event. Its id depends only on the payment and the
     * outcome, so the reconciler and a returning buyer learning the same thing apply it once.
     */
    public static ProviderEvent asked(String provider, UUID paymentId, CollectionState state) {
        return new ProviderEvent(provider, "status:" + paymentId + ":" + state.outcome(), Subject.COLLECTION, paymentId,
                state.outcome(),
                state.amount(), state.providerReference(), state.failure(), false);
    }

    /** What a provider event is about. */
    public enum Subject { COLLECTION, REFUND, PAYOUT }
}
