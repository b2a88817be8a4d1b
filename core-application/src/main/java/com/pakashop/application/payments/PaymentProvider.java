package com.pakashop.application.payments;

import java.util.Optional;
import java.util.UUID;

/**
 * A payment provider, in our words only: no provider's field names or status strings cross this
 * port. Calls may block on the network, so callers never make them inside a database transaction.
 * {@link com.pakashop.domain.shared.DependencyUnavailable} means the provider certainly did not
 * take the request (could not connect, circuit open, it said it is down): safe to try another
 * provider. When a request may have been taken (time-out after sending, 5xx), the answer is
 * {@link CollectionStart.Uncertain} (or {@link TransferStart.Uncertain}), and only asking the
 * provider later settles it.
 */
public interface PaymentProvider {

    /** The name payments and ledger accounts carry: MOCK, PAWAPAY, FLUTTERWAVE. */
    String name();

    /** Starts collecting: a USSD prompt on the payer's phone, or a hosted page to send the buyer to. */
    CollectionStart startCollection(CollectionRequest request);

    /** What the provider knows of a collection we started under {@code paymentId}. */
    CollectionState collectionStatus(UUID paymentId);

    /** Gives money of a captured collection back to its payer, through this provider. */
    TransferStart startRefund(RefundRequest request);

    /** What the provider knows of a refund; {@code providerReference} is its own id when we have it. */
    TransferState refundStatus(UUID refundId, Optional<String> providerReference);

    /** Sends money to a payee's mobile-money wallet. */
    TransferStart startPayout(PayoutRequest request);

    /** What the provider knows of a payout; {@code providerReference} is its own id when we have it. */
    TransferState payoutStatus(UUID payoutId, Optional<String> providerReference);

    /**
     * Checks a callback's authenticity on the raw bytes, then reads it. A forged, unsigned or
     * unreadable callback throws {@link CallbackRejected}.
     */
    ProviderEvent verifyCallback(CallbackRequest callback) throws CallbackRejected;
}
