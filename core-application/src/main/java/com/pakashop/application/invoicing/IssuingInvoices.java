package com.pakashop.application.invoicing;

import com.pakashop.application.catalog.Shops;
import com.pakashop.application.config.FeatureFlags;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.EventTypes;
import com.pakashop.application.events.OrderMoved;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.events.RefundCompleted;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.payments.Payments;
import com.pakashop.application.payments.Refunds;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderStatus;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seed §4.6: a paid order gets its sale invoice, a completed refund of a reported sale its credit
 * note. The invoice, with its number, is stored in one transaction (so a number is never lost or
 * given twice), then its first attempt goes out; when it must not go out (the switch is off, the
 * shop has no valid TPIN), the invoice is stored as SKIPPED with the reason.
 */
public final class IssuingInvoices implements EventHandler {
    private static final String PAID = OrderMoved.typeOf(OrderStatus.PAID);
    private static final String REFUNDED = EventTypes.nameOf(RefundCompleted.class);
    private static final Logger log = LoggerFactory.getLogger(IssuingInvoices.class);

    private final FeatureFlags flags;
    private final Invoices invoices;
    private final Orders orders;
    private final Refunds refunds;
    private final DraftingInvoices drafting;
    private final TransmittingInvoices transmitting;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public IssuingInvoices(FeatureFlags flags, Invoices invoices, Orders orders, Shops shops, Payments payments,
                           Refunds refunds, TransmittingInvoices transmitting, Transactions tx, Ids ids, Clock clock) {
        this.flags = flags;
        this.invoices = invoices;
        this.orders = orders;
        this.refunds = refunds;
        this.drafting = new DraftingInvoices(invoices, shops, payments);
        this.transmitting = transmitting;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "issue-invoices";
    }

    @Override
    public boolean handles(String eventType) {
        return PAID.equals(eventType) || REFUNDED.equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        boolean switchedOn = flags.enabled(FeatureFlag.ZRA_INVOICING);
        Invoice invoice = PAID.equals(event.type())
                ? tx.inTransaction(() -> sale(event.as(OrderMoved.class).orderId(), event.occurredAt(), switchedOn))
                : tx.inTransaction(() -> creditNote(event.as(RefundCompleted.class).refundId(), switchedOn));
        if (invoice.status() == InvoiceStatus.PENDING) {
            transmitting.attempt(invoice.id());
        }
    }

    private Invoice sale(UUID orderId, Instant paidAt, boolean switchedOn) {
        Optional<Invoice> existing = invoices.bySource(InvoiceKind.SALE, orderId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Order order = orders.byId(orderId).orElseThrow(() -> new IllegalStateException("no order " + orderId));
        DraftingInvoices.Draft draft = drafting.sale(order, paidAt, switchedOn);
        Instant now = clock.instant();
        if (draft.skipReason().isPresent()) {
            log.info("Order {} is not reported to ZRA: {}", order.number(), draft.skipReason().get());
            return added(Invoice.skipped(ids.next(), InvoiceKind.SALE, orderId, orderId, order.shopId(),
                    draft.skipReason().get(), now));
        }
        return added(Invoice.pending(ids.next(), orderId, orderId, order.shopId(), Optional.empty(),
                draft.document().orElseThrow(), TransmittingInvoices.ATTEMPTS, now));
    }

    private Invoice creditNote(UUID refundId, boolean switchedOn) {
        Optional<Invoice> existing = invoices.bySource(InvoiceKind.CREDIT_NOTE, refundId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Refund refund = refunds.byId(refundId).orElseThrow(() -> new IllegalStateException("no refund " + refundId));
        Invoice sale = invoices.bySource(InvoiceKind.SALE, refund.orderId()).orElseThrow(() -> new IllegalStateException(
                "order " + refund.orderId() + " has no sale invoice yet; its credit note waits for it"));
        DraftingInvoices.Draft draft = drafting.creditNote(refund, sale, switchedOn);
        Instant now = clock.instant();
        if (draft.skipReason().isPresent()) {
            log.info("Refund {} gets no credit note: {}", refund.id(), draft.skipReason().get());
            return added(Invoice.skipped(ids.next(), InvoiceKind.CREDIT_NOTE, refund.id(), refund.orderId(),
                    sale.shopId(), draft.skipReason().get(), now));
        }
        return added(Invoice.pending(ids.next(), refundId, refund.orderId(), sale.shopId(), draft.originalId(),
                draft.document().orElseThrow(), TransmittingInvoices.ATTEMPTS, now));
    }

    /** Losing a race to the same event rolls the whole transaction back, number included. */
    private Invoice added(Invoice invoice) {
        if (!invoices.add(invoice)) {
            throw new Conflict("Another worker made the " + invoice.kind() + " invoice of " + invoice.sourceId());
        }
        return invoice;
    }
}
