package com.pakashop.application.invoicing;

import java.time.Instant;
import java.util.UUID;

/** One line of an invoice's attempt log. */
public record InvoiceAttempt(UUID invoiceId, int attempt, String payloadSha256, String resultCode, String message,
                             boolean accepted, Instant at) {
}
