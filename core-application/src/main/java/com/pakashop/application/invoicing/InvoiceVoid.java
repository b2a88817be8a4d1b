package com.pakashop.application.invoicing;

import java.time.Instant;
import java.util.UUID;

/** Why a FAILED invoice was voided, who did it, and the invoice re-issued in its place. */
public record InvoiceVoid(UUID invoiceId, String reason, UUID replacedBy, String voidedBy, Instant voidedAt) {
}
