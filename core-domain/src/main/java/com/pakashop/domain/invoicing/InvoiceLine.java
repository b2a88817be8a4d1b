package com.pakashop.domain.invoicing;

import com.pakashop.domain.shared.Money;
import java.util.UUID;

/**
 * One line of a Smart Invoice: {@code quantity} × {@code unitPrice} (VAT-inclusive) less
 * {@code discount}. Amounts are positive on credit notes too: the receipt type gives the sign.
 */
public record InvoiceLine(int sequence, UUID productId, String name, long quantity, Money unitPrice, Money discount) {
    public InvoiceLine {
        if (sequence < 1 || quantity < 1) {
            throw new IllegalArgumentException("a line has a sequence and a quantity from 1");
        }
        if (unitPrice.isNegative() || discount.isNegative() || discount.compareTo(unitPrice.times(quantity)) > 0) {
            throw new IllegalArgumentException("a line's discount lies between nothing and its whole supply");
        }
    }

    public Money supply() {
        return unitPrice.times(quantity);
    }

    public Money total() {
        return supply().minus(discount);
    }

    public VatSplit vat() {
        return VatSplit.of(total(), VatSplit.STANDARD_RATE);
    }
}
