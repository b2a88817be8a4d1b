package com.pakashop.application.payments;

import java.util.Optional;

/**
 * What a provider reports about a refund or payout when asked. UNTRACEABLE: the provider cannot
 * find it by our id and we hold none of its own, so only a person can tell whether money left.
 */
public record TransferState(Outcome outcome, Optional<String> providerReference, Optional<String> failure) {

    public enum Outcome { PENDING, COMPLETED, FAILED, NOT_FOUND, UNTRACEABLE }

    public static TransferState of(Outcome outcome) {
        return new TransferState(outcome, Optional.empty(), Optional.empty());
    }
}
