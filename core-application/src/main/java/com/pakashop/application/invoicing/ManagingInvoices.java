package com.pakashop.application.invoicing;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Finance's view of invoices (seed §4.6 step 4) and its retry of a FAILED one (audited). */
public final class ManagingInvoices {
    private static final int MAX_PAGE = 200;

    private final Invoices invoices;
    private final TransmittingInvoices transmitting;
    private final Auditing audit;
    private final Transactions tx;
    private final Clock clock;

    public ManagingInvoices(Invoices invoices, TransmittingInvoices transmitting, Auditing audit, Transactions tx,
                            Clock clock) {
        this.invoices = invoices;
        this.transmitting = transmitting;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    public List<Invoice> list(Principal caller, Optional<InvoiceStatus> status, Optional<Instant> from,
                              Optional<Instant> to, Optional<UUID> before, int limit) {
        caller.require(Permission.INVOICES_MANAGE);
        if (limit < 1 || limit > MAX_PAGE) {
            throw ValidationFailed.of("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (from.isPresent() && to.isPresent() && !from.get().isBefore(to.get())) {
            throw ValidationFailed.of("to", "must be after from");
        }
        return tx.inTransaction(() -> invoices.find(status, from, to, before, limit));
    }

    public InvoiceDetail get(Principal caller, UUID id) {
        caller.require(Permission.INVOICES_MANAGE);
        return tx.inTransaction(() -> new InvoiceDetail(found(id), invoices.attempts(id), invoices.voidOf(id)));
    }

    /** Sends a FAILED invoice again (same number, same payload) with a fresh budget, now. */
    public InvoiceDetail retry(Principal caller, UUID id, RequestContext context) {
        caller.require(Permission.INVOICES_MANAGE);
        tx.inTransaction(() -> {
            Invoice invoice = invoices.byIdForUpdate(id).orElseThrow(() -> new NotFound("No invoice " + id));
            invoices.update(invoice, invoice.retried(TransmittingInvoices.ATTEMPTS, clock.instant()));
            audit.record("INVOICE_RETRIED", caller.describe(), "invoice:" + id, context,
                    Map.of("lastError", invoice.lastError().orElse(""), "attempts", Integer.toString(invoice.attempts())));
        });
        transmitting.attempt(id);
        return get(caller, id);
    }

    private Invoice found(UUID id) {
        return invoices.byId(id).orElseThrow(() -> new NotFound("No invoice " + id));
    }

    /** An invoice with its attempts and, when it was voided and re-issued, why and what replaced it. */
    public record InvoiceDetail(Invoice invoice, List<InvoiceAttempt> attempts, Optional<InvoiceVoid> voided) {
    }
}
