package com.pakashop.application.payments;

import com.pakashop.domain.shared.Money;
import java.util.Optional;
import java.util.UUID;

/**
 * A verified callback, in our words. {@code eventId} is unique per provider and makes duplicate
 * deliveries harmless; {@code paymentId} is ours. {@code needsConfirmation} says the callback is
 * only a trigger and the provider's API must be asked before anything is trusted.
 */
public record ProviderEvent(String provider, String eventId, UUID paymentId, CollectionState.Outcome outcome,
                            Optional<Money> amount, Optional<String> providerReference, Optional<String> failure,
                            boolean needsConfirmation) {

    /**
     * What asking the provider told us, as an event. Its id depends only on the payment and the
     * outcome, so the reconciler and a returning buyer learning the same thing apply it once.
     */
    public static ProviderEvent asked(String provider, UUID paymentId, CollectionState state) {
        return new ProviderEvent(provider, "status:" + paymentId + ":" + state.outcome(), paymentId, state.outcome(),
                state.amount(), state.providerReference(), state.failure(), false);
    }
}
