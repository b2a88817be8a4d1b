package com.pakashop.domain.shared;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Whole units (ngwee, loyalty points) split in proportion to weights, none lost and none created. */
public final class Shares {
    private Shares() {
    }

    /**
     * Each share is rounded down, then the units left over go one each to the largest remainders
     * (ties to the earliest share), so the shares always add up to {@code units}.
     */
    public static List<Long> split(long units, List<Long> weights) {
        if (units < 0) {
            throw new IllegalArgumentException("only a non-negative number of units can be split");
        }
        if (weights.isEmpty() || weights.stream().anyMatch(w -> w < 0)) {
            throw new IllegalArgumentException("weights must be non-negative and not empty");
        }
        BigDecimal total = weights.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            throw new IllegalArgumentException("at least one weight must be positive");
        }
        BigDecimal amount = BigDecimal.valueOf(units);
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
        long left = units - allocated;
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
        return List.copyOf(shares);
    }
}
