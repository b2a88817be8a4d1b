package com.pakashop.application.invoicing;

import com.pakashop.application.catalog.Shops;
import com.pakashop.application.payments.Payments;
import com.pakashop.domain.catalog.ShopProfile;
import com.pakashop.domain.config.FeatureFlag;
import com.pakashop.domain.invoicing.CreditReason;
import com.pakashop.domain.invoicing.Invoice;
import com.pakashop.domain.invoicing.InvoiceDocument;
import com.pakashop.domain.invoicing.InvoiceStatus;
import com.pakashop.domain.invoicing.PaymentType;
import com.pakashop.domain.invoicing.SmartInvoices;
import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.payments.PaymentMethod;
import com.pakashop.domain.payments.Refund;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes an invoice's document from the shop's data as it is now, taking the next number of the
 * seller's branch, or says why the invoice must not go out. Issuing, re-issuing and back-filling
 * all draft through here, in the caller's transaction, so a number is used exactly when the
 * invoice that carries it commits.
 */
final class DraftingInvoices {
    static final String HEAD_OFFICE = "000";

    private final Invoices invoices;
    private final Shops shops;
    private final Payments payments;

    DraftingInvoices(Invoices invoices, Shops shops, Payments payments) {
        this.invoices = invoices;
        this.shops = shops;
        this.payments = payments;
    }

    Draft sale(Order order, Instant paidAt, boolean switchedOn) {
        ShopProfile shop = shops.byId(order.shopId()).orElseThrow().profile();
        Optional<String> skip = reasonToSkip(switchedOn, shop);
        if (skip.isPresent()) {
            return Draft.skipped(skip.get());
        }
        String tpin = shop.tpin().orElseThrow();
        String branch = branchOf(shop);
        PaymentMethod method = payments.latestFor(order.id()).orElseThrow(
                () -> new IllegalStateException("order " + order.id() + " is PAID without a payment")).method();
        return Draft.of(SmartInvoices.sale(order, tpin, branch, number(invoices.allocateNumber(tpin, branch)),
                method == PaymentMethod.CARD ? PaymentType.CARD : PaymentType.MOBILE_MONEY, paidAt), Optional.empty());
    }

    Draft creditNote(Refund refund, Invoice sale, boolean switchedOn) {
        if (sale.status() == InvoiceStatus.SKIPPED) {
            return Draft.skipped("its sale was not reported (" + sale.skipReason().orElseThrow() + ")");
        }
        if (!switchedOn) {
            return Draft.skipped("the " + FeatureFlag.ZRA_INVOICING + " flag is off");
        }
        InvoiceDocument original = sale.document().orElseThrow();
        Money credited = invoices.creditNotesOf(sale.id()).stream().filter(note -> !note.sourceId().equals(refund.id()))
                .flatMap(note -> note.document().stream()).map(InvoiceDocument::total).reduce(Money.zmw(0), Money::plus);
        Money remaining = original.total().minus(credited);
        if (remaining.isZero()) {
            return Draft.skipped("invoice " + original.number() + " is already credited in full");
        }
        boolean whole = refund.cause() == Refund.Cause.ORDER_CANCELLED || refund.amount().compareTo(remaining) >= 0;
        Money amount = whole ? remaining : refund.amount();
        return Draft.of(SmartInvoices.creditNote(original, amount, credited,
                whole ? CreditReason.ORDER_CANCELLED : CreditReason.PARTIAL_REFUND,
                number(invoices.allocateNumber(original.tpin(), original.branchId())), refund.updatedAt()),
                Optional.of(sale.id()));
    }

    /** When a sale that was skipped at the time was paid: the last change of its payment, the capture. */
    Optional<Instant> capturedAt(UUID orderId) {
        return payments.latestFor(orderId).map(payment -> payment.updatedAt());
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

    /** A document ready to send (with the sale it credits, for a credit note), or why there is none. */
    record Draft(Optional<InvoiceDocument> document, Optional<UUID> originalId, Optional<String> skipReason) {
        static Draft of(InvoiceDocument document, Optional<UUID> originalId) {
            return new Draft(Optional.of(document), originalId, Optional.empty());
        }

        static Draft skipped(String reason) {
            return new Draft(Optional.empty(), Optional.empty(), Optional.of(reason));
        }
    }
}
