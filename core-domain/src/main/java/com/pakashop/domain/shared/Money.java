package com.pakashop.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exact amount: a whole number of minor units (ngwee for ZMW) and its currency. No floating
 * point anywhere; decimal strings exist only at the edges ({@link #parse}, {@link #toDecimalString}).
 */
public record Money(long minor, Currency currency) implements Comparable<Money> {
    public static final Currency ZMW = Currency.getInstance("ZMW");
    private static final long BASIS_POINTS = 10_000;

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
        if (decimal == null || !decimal.matches("\\d{1,15}(\\.\\d{1,9})?")) {
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
     * Splits this amount in proportion to {@code weights} without losing or creating a minor unit:
     * each share is rounded down, then the units left over go one each to the largest remainders
     * (ties to the earliest share). The shares always add up to this amount.
     */
    public List<Money> allocate(List<Long> weights) {
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("weights must be non-negative and not empty");
        }
        BigDecimal total = weights.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        long sign = Long.signum(minor);
        BigDecimal amount = BigDecimal.valueOf(Math.abs(minor));
        List<Long> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        long allocated = 0;
        for (long weight : weights) {
            BigDecimal[] division = amount.multiply(BigDecimal.valueOf(weight)).divideAndRemainder(total);
            long share = division[0].longValueExact();
            shares.add(share);
            remainders.add(division[1]);
            allocated += share;
        }
        long left = Math.abs(minor) - allocated;
        while (left > 0) {
            int largest = 0;
            for (int i = 1; i < remainders.size(); i++) {
                if (remainders.get(i).compareTo(remainders.get(largest)) > 0) {
                    largest = i;
                }
            }
            shares.set(largest, shares.get(largest) + 1);
            remainders.set(largest, BigDecimal.valueOf(-1));
            left--;
        }
        return shares.stream().map(share -> new Money(sign * share, currency)).toList();
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
