package com.pakashop.application.payments;

import com.pakashop.domain.shared.Money;
import java.util.Optional;

/** What a provider reports about a collection when asked. */
public record CollectionState(Outcome outcome, Optional<Money> amount, Optional<String> providerReference,
                              Optional<String> failure) {

    public enum Outcome { PENDING, COMPLETED, FAILED, NOT_FOUND }
}
