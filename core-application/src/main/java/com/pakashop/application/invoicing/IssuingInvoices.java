package com.pakashop.application.invoicing;

import com.pakashop.application.catalog.Shops;
import com.pakashop.application.config.FeatureFlags;
import com.pakashop.application.events.EventHandler;
import com.pakashop.application.events.OutboxEvent;
import com.pakashop.application.ordering.Orders;
import com.pakashop.application.payments.Payments;
import com.pakashop.application.payments.Refunds;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.catalog.ShopProfile;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.domain.invoicing.CreditReason;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceKind;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.invoicing.PaymentType;
import com.pakashop.domain.invoicing.SmartInvoices;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.Money;
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
    private static final Logger log = LoggerFactory.getLogger(IssuingInvoices.class);
    static final String HEAD_OFFICE = "000";

    private final FeatureFlags flags;
    private final Invoices invoices;
    private final Orders orders;
    private final Shops shops;
    private final Payments payments;
    private final Refunds refunds;
    private final TransmittingInvoices transmitting;
    private final Transactions tx;
    private final Ids ids;
    private final Clock clock;

    public IssuingInvoices(FeatureFlags flags, Invoices invoices, Orders orders, Shops shops, Payments payments,
                           Refunds refunds, TransmittingInvoices transmitting, Transactions tx, Ids ids, Clock clock) {
        this.flags = flags;
        this.invoices = invoices;
        this.orders = orders;
        this.shops = shops;
        this.payments = payments;
        this.refunds = refunds;
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
        return "OrderPaid".equals(eventType) || "RefundCompleted".equals(eventType);
    }

    @Override
    public void handle(OutboxEvent event) {
        boolean switchedOn = flags.enabled(FeatureFlag.ZRA_INVOICING);
        Invoice invoice = "OrderPaid".equals(event.type())
                ? tx.inTransaction(() -> sale(UUID.fromString(event.payload().get("orderId")), event.occurredAt(), switchedOn))
                : tx.inTransaction(() -> creditNote(UUID.fromString(event.payload().get("refundId")), switchedOn));
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
        ShopProfile shop = shops.byId(order.shopId()).orElseThrow().profile();
        Instant now = clock.instant();
        Optional<String> skip = reasonToSkip(switchedOn, shop);
        if (skip.isPresent()) {
            log.info("Order {} is not reported to ZRA: {}", order.number(), skip.get());
            return added(Invoice.skipped(ids.next(), InvoiceKind.SALE, orderId, orderId, order.shopId(), skip.get(), now));
        }
        String tpin = shop.tpin().orElseThrow();
        String branch = branchOf(shop);
        PaymentMethod method = payments.latestFor(orderId).orElseThrow(
                () -> new IllegalStateException("order " + orderId + " is PAID without a payment")).method();
        InvoiceDocument document = SmartInvoices.sale(order, tpin, branch, number(invoices.allocateNumber(tpin, branch)),
                method == PaymentMethod.CARD ? PaymentType.CARD : PaymentType.MOBILE_MONEY, paidAt);
        return added(Invoice.pending(ids.next(), orderId, orderId, order.shopId(), Optional.empty(), document,
                TransmittingInvoices.ATTEMPTS, now));
    }

    private Invoice creditNote(UUID refundId, boolean switchedOn) {
        Optional<Invoice> existing = invoices.bySource(InvoiceKind.CREDIT_NOTE, refundId);
        if (existing.isPresent()) {
            return existing.get();
        }
        Refund refund = refunds.byId(refundId).orElseThrow(() -> new IllegalStateException("no refund " + refundId));
        Invoice sale = invoices.bySource(InvoiceKind.SALE, refund.orderId()).orElseThrow(() -> new IllegalStateException(
                "order " + refund.orderId() + " has no sale invoice yet; its credit note waits for it"));
        Instant now = clock.instant();
        if (sale.status() == InvoiceStatus.SKIPPED) {
            return skippedCredit(refund, sale, "its sale was not reported (" + sale.skipReason().orElseThrow() + ")", now);
        }
        if (!switchedOn) {
            return skippedCredit(refund, sale, "the " + FeatureFlag.ZRA_INVOICING + " flag is off", now);
        }
        InvoiceDocument original = sale.document().orElseThrow();
        Money credited = invoices.creditNotesOf(sale.id()).stream().flatMap(note -> note.document().stream())
                .map(InvoiceDocument::total).reduce(Money.zmw(0), Money::plus);
        Money remaining = original.total().minus(credited);
        if (remaining.isZero()) {
            return skippedCredit(refund, sale, "invoice " + original.number() + " is already credited in full", now);
        }
        boolean whole = refund.cause() == Refund.Cause.ORDER_CANCELLED || refund.amount().compareTo(remaining) >= 0;
        Money amount = whole ? remaining : refund.amount();
        InvoiceDocument note = SmartInvoices.creditNote(original, amount, credited,
                whole ? CreditReason.ORDER_CANCELLED : CreditReason.PARTIAL_REFUND,
                number(invoices.allocateNumber(original.tpin(), original.branchId())), refund.updatedAt());
        return added(Invoice.pending(ids.next(), refundId, refund.orderId(), sale.shopId(), Optional.of(sale.id()), note,
                TransmittingInvoices.ATTEMPTS, now));
    }

    private Invoice skippedCredit(Refund refund, Invoice sale, String reason, Instant now) {
        log.info("Refund {} gets no credit note: {}", refund.id(), reason);
        return added(Invoice.skipped(ids.next(), InvoiceKind.CREDIT_NOTE, refund.id(), refund.orderId(), sale.shopId(),
                reason, now));
    }

    /** Losing a race to the same event rolls the whole transaction back, number included. */
    private Invoice added(Invoice invoice) {
        if (!invoices.add(invoice)) {
            throw new Conflict("Another worker made the " + invoice.kind() + " invoice of " + invoice.sourceId());
        }
        return invoice;
    }

    private static Optional<String> reasonToSkip(boolean switchedOn, ShopProfile shop) {
        if (!switchedOn) {
            return Optional.of("the " + FeatureFlag.ZRA_INVOICING + " flag is off");
        }
        if (shop.tpin().filter(InvoiceDocument::validTpin).isEmpty()) {
            return Optional.of("the shop has no valid 10-digit TPIN");
        }
        if (!InvoiceDocument.validBranch(branchOf(shop))) {
            return Optional.of("the shop's branch id is not ZRA's 3 characters");
        }
        return Optional.empty();
    }

    private static String branchOf(ShopProfile shop) {
        return shop.branchId().orElse(HEAD_OFFICE);
    }

    static String number(long sequence) {
        return String.format("PKS-%010d", sequence);
    }
}
