package com.pakashop.application.invoicing;

import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stored invoices, their numbers and their attempt logs. Called inside a transaction. */
public interface Invoices {

    /**
     * The next number of the seller's branch, in the caller's transaction: the counter row stays
     * locked until it commits, so numbers are given out in order and a rolled-back one is reused,
     * never skipped.
     */
    long allocateNumber(String tpin, String branchId);

    /** False, adding nothing, when a live (not voided) invoice of this kind for this source already exists. */
    boolean add(Invoice invoice);

    /** Writes a back-filled invoice's document and number over its SKIPPED row, against its version. */
    Invoice issueSkipped(Invoice before, Invoice after);

    void recordVoid(InvoiceVoid voided);

    Optional<InvoiceVoid> voidOf(UUID invoiceId);

    Optional<Invoice> byId(UUID id);

    Optional<Invoice> byIdForUpdate(UUID id);

    /** The live (not voided) invoice of this kind for this source. */
    Optional<Invoice> bySource(InvoiceKind kind, UUID sourceId);

    /** The live credit notes already made against a sale. */
    List<Invoice> creditNotesOf(UUID saleId);

    Invoice update(Invoice before, Invoice after);

    /** Ids of PENDING invoices whose next attempt is due, oldest first. */
    List<UUID> due(Instant now, int limit);

    void recordAttempt(InvoiceAttempt attempt);

    List<InvoiceAttempt> attempts(UUID invoiceId);

    /** Newest first; {@code before} is the id the previous page ended with. */
    List<Invoice> find(Optional<InvoiceStatus> status, Optional<Instant> from, Optional<Instant> to,
                       Optional<UUID> before, int limit);
}
