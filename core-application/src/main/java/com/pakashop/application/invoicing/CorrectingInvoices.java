package com.pakashop.application.invoicing;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.catalog.Shops;
import com.pakashop.application.config.FeatureFlags;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.payments.Payments;
import com.pakashop.application.payments.Refunds;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.Validation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Finance corrects what ZRA did not get. A FAILED invoice whose vendor has since fixed its data is
 * re-issued: a new document from the shop as it is now, under a new number, while the failed one
 * is voided with the reason and kept. SKIPPED invoices of a period are back-filled once the switch
 * is on: each gets its document and number and goes out. Both are audited and safe to repeat: a
 * second re-issue answers with the replacement, a second back-fill finds nothing left to do.
 */
public final class CorrectingInvoices {
    /** Back-fill works through at most this many skipped invoices per call; call again for the rest. */
    public static final int BACKFILL_BATCH = 500;

    private final FeatureFlags flags;
    private final Invoices invoices;
    private final Orders orders;
    private final Refunds refunds;
    private final DraftingInvoices drafting;
    private final TransmittingInvoices transmitting;
    private final Auditing audit;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public CorrectingInvoices(FeatureFlags flags, Invoices invoices, Orders orders, Shops shops, Payments payments,
                              Refunds refunds, TransmittingInvoices transmitting, Auditing audit, Transactions tx, Ids ids,
                              Clock clock) {
        this.flags = flags;
        this.invoices = invoices;
        this.orders = orders;
        this.refunds = refunds;
        this.drafting = new DraftingInvoices(invoices, shops, payments);
        this.transmitting = transmitting;
        this.audit = audit;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** The invoice that replaces {@code id}: made now, or the one an earlier re-issue made. */
    public Reissued reissue(Principal caller, UUID id, String reason, RequestContext context) {
        caller.require(Permission.INVOICES_MANAGE);
        new Validation().require(reason != null && !reason.isBlank() && reason.strip().length() <= 500, "reason",
                "say why in 1 to 500 characters (what the vendor fixed)").throwIfInvalid();
        Reissued reissued = tx.inTransaction(() -> {
            Invoice failed = invoices.byIdForUpdate(id).orElseThrow(() -> new NotFound("No invoice " + id));
            Optional<InvoiceVoid> earlier = invoices.voidOf(id);
            if (earlier.isPresent()) {
                return new Reissued(invoices.byId(earlier.get().replacedBy()).orElseThrow(), false);
            }
            if (failed.status() != InvoiceStatus.FAILED) {
                throw new Conflict("Invoice " + id + " is " + failed.status() + "; only a FAILED invoice is re-issued");
            }
            if (failed.kind() == InvoiceKind.SALE && !invoices.creditNotesOf(failed.id()).isEmpty()) {
                throw new Conflict("Invoice " + id + " has credit notes against it; a re-issued sale would leave them "
                        + "pointing at a void number. Retry it instead, or void its credit notes with it by hand");
            }
            Instant now = clock.instant();
            invoices.update(failed, failed.voided(now));
            DraftingInvoices.Draft draft = draft(failed);
            if (draft.skipReason().isPresent()) {
                throw new Conflict("Invoice " + id + " cannot be re-issued yet: " + draft.skipReason().get());
            }
            Invoice replacement = Invoice.pending(ids.next(), failed.sourceId(), failed.orderId(), failed.shopId(),
                    draft.originalId(), draft.document().orElseThrow(), TransmittingInvoices.ATTEMPTS, now);
            if (!invoices.add(replacement)) {
                throw new Conflict("Invoice " + id + " was replaced meanwhile; read it again");
            }
            invoices.recordVoid(new InvoiceVoid(id, reason.strip(), replacement.id(), caller.describe(), now));
            audit.record("INVOICE_REISSUED", caller.describe(), "invoice:" + id, context, Map.of(
                    "reason", reason.strip(), "replacement", replacement.id().toString(),
                    "oldNumber", failed.document().orElseThrow().number(),
                    "newNumber", replacement.document().orElseThrow().number()));
            return new Reissued(replacement, true);
        });
        if (reissued.created()) {
            transmitting.attempt(reissued.invoice().id());
        }
        return reissued;
    }

    /** SKIPPED invoices made in [from, to) get their document and go out, sales before the credit notes against them. */
    public Backfill backfill(Principal caller, Instant from, Instant to, RequestContext context) {
        caller.require(Permission.INVOICES_MANAGE);
        new Validation().require(from.isBefore(to), "to", "must be after from").throwIfInvalid();
        if (!flags.enabled(FeatureFlag.ZRA_INVOICING)) {
            throw new Conflict("The " + FeatureFlag.ZRA_INVOICING + " flag is off: switch it on before back-filling");
        }
        List<Invoice> skipped = tx.inTransaction(() -> invoices.find(Optional.of(InvoiceStatus.SKIPPED),
                Optional.of(from), Optional.of(to), Optional.empty(), BACKFILL_BATCH));
        List<Invoice> inOrder = new ArrayList<>(skipped);
        inOrder.sort(Comparator.comparing((Invoice i) -> i.kind() == InvoiceKind.SALE ? 0 : 1)
                .thenComparing(Invoice::createdAt));
        List<UUID> issued = new ArrayList<>();
        List<StillSkipped> still = new ArrayList<>();
        for (Invoice candidate : inOrder) {
            Optional<String> why = tx.inTransaction(() -> backfillOne(candidate.id()));
            if (why.isEmpty()) {
                issued.add(candidate.id());
            } else {
                still.add(new StillSkipped(candidate.id(), why.get()));
            }
        }
        tx.inTransaction(() -> audit.record("INVOICES_BACKFILLED", caller.describe(), "invoices", context, Map.of(
                "from", from.toString(), "to", to.toString(), "issued", Integer.toString(issued.size()),
                "stillSkipped", Integer.toString(still.size()))));
        issued.forEach(transmitting::attempt);
        return new Backfill(issued, still, skipped.size() == BACKFILL_BATCH);
    }

    /** Empty when the invoice now has its document; otherwise why it still may not go out. */
    private Optional<String> backfillOne(UUID id) {
        Invoice skipped = invoices.byIdForUpdate(id).orElseThrow();
        if (skipped.status() != InvoiceStatus.SKIPPED) {
            return Optional.of("it is " + skipped.status() + " now");
        }
        DraftingInvoices.Draft draft = draft(skipped);
        if (draft.skipReason().isPresent()) {
            return draft.skipReason();
        }
        invoices.issueSkipped(skipped, skipped.backfilled(draft.document().orElseThrow(), draft.originalId(),
                TransmittingInvoices.ATTEMPTS, clock.instant()));
        return Optional.empty();
    }

    private DraftingInvoices.Draft draft(Invoice invoice) {
        boolean switchedOn = flags.enabled(FeatureFlag.ZRA_INVOICING);
        if (invoice.kind() == InvoiceKind.SALE) {
            Order order = orders.byId(invoice.orderId()).orElseThrow();
            Instant paidAt = invoice.document().map(d -> d.confirmedAt())
                    .orElseGet(() -> drafting.capturedAt(order.id()).orElse(order.createdAt()));
            return drafting.sale(order, paidAt, switchedOn);
        }
        Refund refund = refunds.byId(invoice.sourceId()).orElseThrow();
        Optional<Invoice> sale = invoices.bySource(InvoiceKind.SALE, invoice.orderId());
        if (sale.isEmpty()) {
            return DraftingInvoices.Draft.skipped("its order has no sale invoice");
        }
        return drafting.creditNote(refund, sale.get(), switchedOn);
    }

    public record Reissued(Invoice invoice, boolean created) {
    }

    public record StillSkipped(UUID invoiceId, String reason) {
    }

    /** What a back-fill did; {@code more} when the batch was full and another call may find more. */
    public record Backfill(List<UUID> issued, List<StillSkipped> stillSkipped, boolean more) {
        public Backfill {
            issued = List.copyOf(issued);
            stillSkipped = List.copyOf(stillSkipped);
        }
    }
}
