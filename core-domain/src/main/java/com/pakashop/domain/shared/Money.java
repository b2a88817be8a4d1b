package com.pakashop.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exact amount: a whole number of minor units (ngwee for ZMW) and its currency. No floating
 * point anywhere; decimal strings exist only at the edges ({@link #parse}, {@link #toDecimalString}).
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {
    public static final Currency ZMW = Currency.getInstance("ZMW");
    private static final long BASIS_POINTS = 10_000;
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,9})?");

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (currency.getDefaultFractionDigits() < 0) {
            throw new IllegalArgumentException(currency + " has no minor unit");
        }
    }

    public static Money zmw(long ngwee) {
        return new Money(ngwee, ZMW);
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Reads "150.00" (or "150", "150.5"); refuses more decimals than the currency has, signs and junk. */
    public static Optional<Money> parse(String decimal, Currency currency) {
        if (decimal == null || !DECIMAL.matcher(decimal).matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(decimal);
        if (value.scale() > currency.getDefaultFractionDigits()) {
            return Optional.empty();
        }
        return Optional.of(new Money(value.movePointRight(currency.getDefaultFractionDigits()).longValueExact(), currency));
    }

    /** Exactly the currency's minor digits: "150.00", never "150" or "1.5E2". */
    public String toDecimalString() {
        return BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()).toPlainString();
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.addExact(minor, other.minor), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(Math.subtractExact(minor, other.minor), currency);
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(minor, quantity), currency);
    }

    /** A rate in basis points (1% = 100 bp), rounded half-even to the minor unit. */
    public Money basisPoints(long bps) {
        BigDecimal exact = BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(bps))
                .divide(BigDecimal.valueOf(BASIS_POINTS), 0, RoundingMode.HALF_EVEN);
        return new Money(exact.longValueExact(), currency);
    }

    /**
     * Splits this amount in proportion to {@code weights} without losing or creating a minor unit
     * (see {@link Shares#split}). The shares always add up to this amount.
     */
    public List<Money> allocate(List<Long> weights) {
        long sign = Long.signum(minor);
        return Shares.split(Math.abs(minor), weights).stream().map(share -> new Money(sign * share, currency)).toList();
    }

    public boolean isNegative() {
        return minor < 0;
    }

    public boolean isZero() {
        return minor == 0;
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return Long.compare(minor, other.minor);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public String toString() {
        return toDecimalString() + " " + currency.getCurrencyCode();
    }
}
