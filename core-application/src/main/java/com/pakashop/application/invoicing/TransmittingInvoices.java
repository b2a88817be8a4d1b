package com.pakashop.application.invoicing;

import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.invoicing.Receipt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends invoices to ZRA, one attempt at a time: the attempt is claimed in a transaction (leased,
 * so a sender that dies mid-call is replaced), the VSDC is called outside any, and the outcome is
 * logged and applied in another. A retryable failure waits {@code backoff} × 2^(attempt − 1);
 * after {@link #ATTEMPTS} attempts (the first and three retries), or on a failure that resending
 * the same payload cannot cure, the invoice is FAILED for finance to look at.
 */
public final class TransmittingInvoices {
    private static final Logger log = LoggerFactory.getLogger(TransmittingInvoices.class);
    /** The first attempt and three retries (seed §4.6). */
    public static final int ATTEMPTS = 4;
    private static final int BATCH = 50;
    private static final Duration WAIT_FOR_SALE = Duration.ofMinutes(10);

    private final InvoiceTransmitter transmitter;
    private final Invoices invoices;
    private final Transactions tx;
    private final Duration backoff;
    private final Duration lease;
    private final Clock clock;

    public TransmittingInvoices(InvoiceTransmitter transmitter, Invoices invoices, Transactions tx, Duration backoff,
                                Duration lease, Clock clock) {
        this.transmitter = transmitter;
        this.invoices = invoices;
        this.tx = tx;
        this.backoff = backoff;
        this.lease = lease;
        this.clock = clock;
    }

    /** The recurring job: every invoice whose next attempt is due. */
    public int transmitDue() {
        int attempted = 0;
        for (UUID id : tx.inTransaction(() -> invoices.due(clock.instant(), BATCH))) {
            attempted += attempt(id) ? 1 : 0;
        }
        return attempted;
    }

    /** One attempt, if the invoice is due and nobody else holds it; false when nothing was sent. */
    public boolean attempt(UUID invoiceId) {
        Optional<Claim> claim = tx.inTransaction(() -> claim(invoiceId));
        if (claim.isEmpty()) {
            return false;
        }
        Invoice claimed = claim.get().invoice();
        Transmission outcome;
        try {
            outcome = transmitter.transmit(claimed.document().orElseThrow(), claim.get().original());
        } catch (RuntimeException e) {
            log.warn("Invoice {} attempt {} failed before an answer: {}", invoiceId, claimed.attempts(), e.toString());
            outcome = new Transmission.Failed("-", "-", e.getClass().getSimpleName() + ": " + e.getMessage(), true);
        }
        Transmission result = outcome;
        tx.inTransaction(() -> record(claimed, result));
        return true;
    }

    private Optional<Claim> claim(UUID invoiceId) {
        Instant now = clock.instant();
        Optional<Invoice> found = invoices.byIdForUpdate(invoiceId).filter(invoice -> invoice.transmittable(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Invoice invoice = found.get();
        Optional<Receipt> original = Optional.empty();
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            Invoice sale = invoices.byId(invoice.originalId().orElseThrow()).orElseThrow();
            if (sale.status() != InvoiceStatus.TRANSMITTED) {
                invoices.update(invoice, invoice.postponed(now.plus(WAIT_FOR_SALE),
                        "waiting for its sale " + sale.id() + " (" + sale.status() + ") to be reported first", now));
                return Optional.empty();
            }
            original = sale.receipt();
        }
        return Optional.of(new Claim(invoices.update(invoice, invoice.attempting(now, now.plus(lease))), original));
    }

    private void record(Invoice claimed, Transmission result) {
        Instant now = clock.instant();
        invoices.recordAttempt(new InvoiceAttempt(claimed.id(), claimed.attempts(), result.payloadSha256(),
                result.resultCode(), result.message(), result instanceof Transmission.Accepted, now));
        Invoice current = invoices.byIdForUpdate(claimed.id()).orElseThrow();
        if (current.status() != InvoiceStatus.PENDING || current.attempts() != claimed.attempts()) {
            log.warn("Invoice {} moved on while attempt {} was out; its outcome is only logged", claimed.id(),
                    claimed.attempts());
            return;
        }
        if (result instanceof Transmission.Accepted accepted) {
            invoices.update(current, current.transmitted(accepted.receipt(), now));
            log.info("Invoice {} reported to ZRA: receipt {}", claimed.document().orElseThrow().number(),
                    accepted.receipt().receiptNumber());
            return;
        }
        Transmission.Failed failed = (Transmission.Failed) result;
        String error = failed.resultCode() + " " + failed.message();
        Optional<Instant> retryAt = failed.retryable()
                ? Optional.of(now.plus(backoff.multipliedBy(1L << Math.min(claimed.attempts() - 1, 16))))
                : Optional.empty();
        Invoice after = invoices.update(current, current.attemptFailed(error, retryAt, now));
        if (after.status() == InvoiceStatus.FAILED) {
            log.error("Invoice {} FAILED after {} attempt(s): {}", claimed.document().orElseThrow().number(),
                    after.attempts(), error);
        } else {
            log.warn("Invoice {} attempt {} failed ({}); next attempt at {}", claimed.document().orElseThrow().number(),
                    claimed.attempts(), error, after.nextAttemptAt().orElseThrow());
        }
    }

    private record Claim(Invoice invoice, Optional<Receipt> original) {
    }
}
