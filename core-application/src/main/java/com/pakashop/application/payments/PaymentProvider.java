package com.pakashop.application.payments;

import java.util.Map;
import java.util.UUID;

/**
 * A payment provider, in our words only: no provider's field names or status strings cross this
 * port. Calls may block on the network, so callers never make them inside a database transaction.
 * Failing to reach the provider (time-out, 5xx, open circuit) throws
 * {@link com.pakashop.domain.shared.DependencyUnavailable}.
 */
public interface PaymentProvider {

    /** The name payments and ledger accounts carry: MOCK, PAWAPAY, FLUTTERWAVE. */
    String name();

    /** Starts collecting: a USSD prompt on the payer's phone, or a hosted page to send the buyer to. */
    CollectionStart startCollection(CollectionRequest request);

    /** What the provider knows of a collection we started under {@code paymentId}. */
    CollectionState collectionStatus(UUID paymentId);

    /**
     * Checks a callback's authenticity on the raw bytes, then reads it. {@code headers} have
     * lower-case names. A forged, unsigned or unreadable callback throws {@link CallbackRejected}.
     */
    ProviderEvent verifyCallback(Map<String, String> headers, byte[] body) throws CallbackRejected;
}
