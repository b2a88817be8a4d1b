package com.pakashop.domain.invoicing;

import com.pakashop.domain.shared.Conflict;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One sale or credit note of one order and its transmission. {@code sourceId} is what caused it
 * (the order for a sale, the refund for a credit note), unique per kind, so an event seen twice
 * never makes a second invoice. A transmittable invoice has its document (and number) from the
 * start; a skipped one has only the reason.
 */
public record Invoice(UUID id, InvoiceKind kind, UUID sourceId, UUID orderId, UUID shopId, Optional<UUID> originalId,
                      Optional<InvoiceDocument> document, InvoiceStatus status, Optional<String> skipReason,
                      int attempts, int attemptBudget, Optional<Instant> nextAttemptAt, Optional<String> lastError,
                      Optional<Receipt> receipt, Instant createdAt, Instant updatedAt, int version) {

    public Invoice {
        if (status == InvoiceStatus.SKIPPED ? skipReason.isEmpty() || document.isPresent() : document.isEmpty()) {
            throw new IllegalArgumentException("a skipped invoice says why and has no document; any other has one");
        }
        if ((status == InvoiceStatus.TRANSMITTED) != receipt.isPresent()) {
            throw new IllegalArgumentException("exactly the transmitted invoices hold a receipt");
        }
    }

    public static Invoice pending(UUID id, UUID sourceId, UUID orderId, UUID shopId, Optional<UUID> originalId,
                                  InvoiceDocument document, int attemptBudget, Instant now) {
        return new Invoice(id, document.kind(), sourceId, orderId, shopId, originalId, Optional.of(document),
                InvoiceStatus.PENDING, Optional.empty(), 0, attemptBudget, Optional.of(now), Optional.empty(),
                Optional.empty(), now, now, 0);
    }

    public static Invoice skipped(UUID id, InvoiceKind kind, UUID sourceId, UUID orderId, UUID shopId, String reason,
                                  Instant now) {
        return new Invoice(id, kind, sourceId, orderId, shopId, Optional.empty(), Optional.empty(), InvoiceStatus.SKIPPED,
                Optional.of(reason), 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), now, now, 0);
    }

    public boolean transmittable(Instant now) {
        return status == InvoiceStatus.PENDING && nextAttemptAt.map(at -> !at.isAfter(now)).orElse(false);
    }

    /** An attempt starts: others leave it alone until {@code leaseUntil}, so a crashed sender's attempt is retried. */
    public Invoice attempting(Instant now, Instant leaseUntil) {
        requireStatus(InvoiceStatus.PENDING, "attempt");
        return copy(InvoiceStatus.PENDING, attempts + 1, Optional.of(leaseUntil), lastError, Optional.empty(), now);
    }

    public Invoice transmitted(Receipt issued, Instant now) {
        requireStatus(InvoiceStatus.PENDING, "record a receipt for");
        return copy(InvoiceStatus.TRANSMITTED, attempts, Optional.empty(), Optional.empty(), Optional.of(issued), now);
    }

    /** A retryable failure waits until {@code retryAt}, unless the attempts are spent; a permanent one fails now. */
    public Invoice attemptFailed(String error, Optional<Instant> retryAt, Instant now) {
        requireStatus(InvoiceStatus.PENDING, "fail");
        if (retryAt.isPresent() && attempts < attemptBudget) {
            return copy(InvoiceStatus.PENDING, attempts, retryAt, Optional.of(error), Optional.empty(), now);
        }
        return copy(InvoiceStatus.FAILED, attempts, Optional.empty(), Optional.of(error), Optional.empty(), now);
    }

    /** Waits for something else (a credit note for its sale's receipt) without spending an attempt. */
    public Invoice postponed(Instant until, String why, Instant now) {
        requireStatus(InvoiceStatus.PENDING, "postpone");
        return copy(InvoiceStatus.PENDING, attempts, Optional.of(until), Optional.of(why), Optional.empty(), now);
    }

    /** Finance sends a failed invoice again, with a fresh budget of {@code budget} attempts. */
    public Invoice retried(int budget, Instant now) {
        requireStatus(InvoiceStatus.FAILED, "retry");
        return new Invoice(id, kind, sourceId, orderId, shopId, originalId, document, InvoiceStatus.PENDING, skipReason,
                attempts, attempts + budget, Optional.of(now), lastError, Optional.empty(), createdAt, now, version);
    }

    /** A FAILED invoice that finance re-issues under a new number keeps its number, void. */
    public Invoice voided(Instant now) {
        requireStatus(InvoiceStatus.FAILED, "be voided");
        return copy(InvoiceStatus.VOIDED, attempts, Optional.empty(), lastError, Optional.empty(), now);
    }

    /** A SKIPPED invoice gets its document and number once it may go out (back-fill), and is sent like any other. */
    public Invoice backfilled(InvoiceDocument issued, Optional<UUID> original, int budget, Instant now) {
        requireStatus(InvoiceStatus.SKIPPED, "be back-filled");
        if (issued.kind() != kind) {
            throw new IllegalArgumentException("a " + kind + " cannot be back-filled with a " + issued.kind());
        }
        return new Invoice(id, kind, sourceId, orderId, shopId, original, Optional.of(issued), InvoiceStatus.PENDING,
                Optional.empty(), 0, budget, Optional.of(now), Optional.empty(), Optional.empty(), createdAt, now, version);
    }

    private void requireStatus(InvoiceStatus expected, String what) {
        if (status != expected) {
            throw new Conflict("Invoice " + id + " is " + status + "; only a " + expected + " invoice can " + what);
        }
    }

    private Invoice copy(InvoiceStatus next, int attemptCount, Optional<Instant> nextAt, Optional<String> error,
                         Optional<Receipt> issued, Instant now) {
        return new Invoice(id, kind, sourceId, orderId, shopId, originalId, document, next, skipReason, attemptCount,
                attemptBudget, nextAt, error, issued, createdAt, now, version);
    }
}
