package com.pakashop.application.invoicing;

import com.pakashop.domain.invoicing.Receipt;

/**
 * One attempt's outcome, with what the attempt log keeps: the SHA-256 of the payload sent and
 * the VSDC's result code and message ({@code "-"} when no answer came back).
 */
public sealed interface Transmission {
    String payloadSha256();

    String resultCode();

    String message();

    record Accepted(String payloadSha256, String resultCode, String message, Receipt receipt) implements Transmission {
    }

    /** {@code retryable}: sending the same payload later may succeed (transport, VSDC busy or offline). */
    record Failed(String payloadSha256, String resultCode, String message, boolean retryable) implements Transmission {
    }
}
