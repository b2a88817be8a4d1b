package com.pakashop.domain.fraud;

import com.pakashop.domain.shared.Money;
import java.util.Optional;

/**
 * An amount more than {@code times} the buyer's average order; a buyer with fewer than
 * {@code minimumHistory} paid orders is compared with the platform's average instead.
 */
public final class AmountAnomaly implements FraudRule {
    private final long times;
    private final long minimumHistory;
    private final int weight;

    public AmountAnomaly(long times, long minimumHistory, int weight) {
        this.times = times;
        this.minimumHistory = minimumHistory;
        this.weight = weight;
    }

    @Override
    public String name() {
        return "amount-anomaly";
    }

    @Override
    public Optional<Reason> evaluate(Signals signals) {
        boolean ownHistory = signals.paidOrders() >= minimumHistory && signals.buyerAverage().isPresent();
        Money baseline = ownHistory ? signals.buyerAverage().get() : signals.platformAverage();
        if (baseline.isZero() || signals.amount().compareTo(baseline.times(times)) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Reason(name(), signals.amount().toDecimalString() + " is more than " + times + " x the "
                + (ownHistory ? "buyer's" : "platform's") + " average of " + baseline.toDecimalString(), weight));
    }
}
