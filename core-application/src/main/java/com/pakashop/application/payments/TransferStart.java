package com.pakashop.application.payments;

import java.util.Optional;

/** How a provider took a request to send money out (a refund or a payout). */
public sealed interface TransferStart {

    /** Taken; the outcome comes by callback or by asking. */
    record Accepted(Optional<String> providerReference) implements TransferStart {
    }

    /** Done at once: the money has left. */
    record Completed(Optional<String> providerReference) implements TransferStart {
    }

    /** It may or may not have been taken (time-out after sending, 5xx): ask before sending anything again. */
    record Uncertain(String message) implements TransferStart {
    }

    /** Refused for good: no money moved and no callback will follow. */
    record Refused(String code, String message) implements TransferStart {
    }
}
