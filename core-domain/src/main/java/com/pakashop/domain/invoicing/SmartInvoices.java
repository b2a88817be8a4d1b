package com.pakashop.domain.invoicing;

import com.pakashop.domain.ordering.Order;
import com.pakashop.domain.ordering.OrderLine;
import com.pakashop.domain.ordering.PriceBreakdown;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds the vendor's Smart Invoices. The vendor sells the goods: each order line at its price,
 * less the vendor's own coupon spread over the lines. What the platform funds (its coupons, loyalty
 * points) is still paid to the vendor, so it stays in the sale; the platform's markup and delivery
 * fee are the platform's supplies, not the vendor's, and are not on the vendor's invoice.
 */
public final class SmartInvoices {
    private SmartInvoices() {
    }

    public static InvoiceDocument sale(Order order, String tpin, String branchId, String number, PaymentType paymentType,
                                       Instant confirmedAt) {
        PriceBreakdown b = order.breakdown();
        Money vendorCoupon = b.couponDiscount().plus(b.loyaltyDiscount()).minus(b.platformFunded());
        List<Money> discounts = vendorCoupon.allocate(order.lines().stream().map(l -> l.lineTotal().minor()).toList());
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            OrderLine line = order.lines().get(i);
            lines.add(new InvoiceLine(i + 1, line.productId(), line.title(), line.quantity(), line.unitPrice(),
                    discounts.get(i)));
        }
        return new InvoiceDocument(InvoiceKind.SALE, tpin, branchId, number, paymentType, confirmedAt, lines,
                Optional.empty());
    }

    /**
     * Credits {@code amount} of a reported sale, spread over its lines in proportion to what each
     * still carries; each line keeps its quantity and price, and the part not credited is its discount.
     * {@code alreadyCredited} is what earlier credit notes took off the sale.
     */
    public static InvoiceDocument creditNote(InvoiceDocument sale, Money amount, Money alreadyCredited, CreditReason reason,
                                             String number, Instant at) {
        if (sale.kind() != InvoiceKind.SALE) {
            throw new IllegalArgumentException("a credit note credits a sale");
        }
        Money remaining = sale.total().minus(alreadyCredited);
        if (amount.isNegative() || amount.isZero() || amount.compareTo(remaining) > 0) {
            throw new Conflict("A credit of " + amount.toDecimalString() + " is more than the "
                    + remaining.toDecimalString() + " left on invoice " + sale.number());
        }
        List<Money> credited = amount.allocate(sale.lines().stream().map(l -> l.total().minor()).toList());
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 0; i < sale.lines().size(); i++) {
            InvoiceLine original = sale.lines().get(i);
            if (credited.get(i).isZero()) {
                continue;
            }
            lines.add(new InvoiceLine(lines.size() + 1, original.productId(), original.name(), original.quantity(),
                    original.unitPrice(), original.supply().minus(credited.get(i))));
        }
        return new InvoiceDocument(InvoiceKind.CREDIT_NOTE, sale.tpin(), sale.branchId(), number, sale.paymentType(),
                at, lines, Optional.of(reason));
    }
}
