package com.pakashop.domain.invoicing;

import com.pakashop.domain.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The VAT inside a VAT-inclusive amount, as the VSDC wants it: taxable = gross × 100 / (100 + rate)
 * to 4 decimals HALF_UP, tax = gross − taxable, so the two always add back to the gross exactly.
 */
public record VatSplit(BigDecimal gross, BigDecimal taxable, BigDecimal tax) {
    public static final int SCALE = 4;
    /** Standard-rated goods (tax type A). */
    public static final BigDecimal STANDARD_RATE = BigDecimal.valueOf(16);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static VatSplit of(Money gross, BigDecimal ratePercent) {
        BigDecimal amount = BigDecimal.valueOf(gross.minor(), gross.currency().getDefaultFractionDigits())
                .setScale(SCALE, RoundingMode.UNNECESSARY);
        BigDecimal taxable = amount.multiply(HUNDRED).divide(HUNDRED.add(ratePercent), SCALE, RoundingMode.HALF_UP);
        return new VatSplit(amount, taxable, amount.subtract(taxable));
    }

    public VatSplit plus(VatSplit other) {
        return new VatSplit(gross.add(other.gross), taxable.add(other.taxable), tax.add(other.tax));
    }

    public static VatSplit zero() {
        BigDecimal zero = BigDecimal.ZERO.setScale(SCALE, RoundingMode.UNNECESSARY);
        return new VatSplit(zero, zero, zero);
    }
}
