package com.pakashop.domain.fraud;

import java.util.Optional;

/** Payments that failed today on more than {@code limit} different numbers: someone trying stolen wallets. */
public final class ManyFailedNumbers implements FraudRule {
    private final long limit;
    private final int weight;

    public ManyFailedNumbers(long limit, int weight) {
        this.limit = limit;
        this.weight = weight;
    }

    @Override
    public String name() {
        return "many-failed-numbers";
    }

    @Override
    public Optional<Reason> evaluate(Signals signals) {
        return signals.failedNumbersToday() > limit ? Optional.of(new Reason(name(), "failed payments on "
                + signals.failedNumbersToday() + " different numbers in a day (more than " + limit + ")", weight))
                : Optional.empty();
    }
}
