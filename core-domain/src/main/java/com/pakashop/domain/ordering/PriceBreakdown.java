package com.pakashop.domain.ordering;

import com.pakashop.domain.shared.Money;

/**
 * What an order costs and where the money goes: the buyer pays {@code total}; of it the platform
 * keeps {@code commission}, the delivery side gets {@code deliveryFee}, the vendor gets
 * {@code vendorNet}. Those three always add up to the total. {@code vatIncluded} is the 16% VAT
 * already inside the total (prices in Zambia are shown VAT-inclusive), for the Smart Invoice.
 */
public record PriceBreakdown(Money itemsSubtotal, Money deliveryFee, Money total, Money vatIncluded, Money commission,
                             Money vendorNet) {
    public PriceBreakdown {
        if (!vendorNet.plus(commission).plus(deliveryFee).equals(total)) {
            throw new IllegalArgumentException("a breakdown must add up to its total");
        }
    }
}
