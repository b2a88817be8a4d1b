package com.pakashop.application.payments;

import java.util.Optional;

/** How a provider took a collection request. */
public sealed interface CollectionStart {

    /** A prompt is on its way to the payer's phone; the result arrives by callback. */
    record Prompted(Optional<String> providerReference, String message) implements CollectionStart {
    }

    /** The buyer pays on the provider's page at {@code url}. */
    record Redirect(String url, Optional<String> providerReference) implements CollectionStart {
    }

    /**
     * The request may or may not have been taken (time-out after sending, 5xx): the payment waits
     * for a callback or for the reconciler to ask, and nothing else may be tried meanwhile.
     */
    record Uncertain(String message) implements CollectionStart {
    }

    /** Refused for good (bad number, amount out of bounds...): no callback will follow. */
    record Refused(String code, String message) implements CollectionStart {
    }
}
