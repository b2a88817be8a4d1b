package com.pakashop.domain.fraud;

import com.pakashop.domain.shared.Money;
import java.time.Duration;
import java.util.Optional;

/** A first order above {@code threshold} from an account younger than {@code youngerThan}. */
public final class NewAccountHighValue implements FraudRule {
    private final Duration youngerThan;
    private final Money threshold;
    private final int weight;

    public NewAccountHighValue(Duration youngerThan, Money threshold, int weight) {
        this.youngerThan = youngerThan;
        this.threshold = threshold;
        this.weight = weight;
    }

    @Override
    public String name() {
        return "new-account-high-value";
    }

    @Override
    public Optional<Reason> evaluate(Signals signals) {
        boolean young = signals.accountAge().compareTo(youngerThan) < 0;
        if (!young || signals.paidOrders() > 0 || signals.amount().compareTo(threshold) <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Reason(name(), "a first order of " + signals.amount().toDecimalString() + " from an account "
                + signals.accountAge().toHours() + " h old", weight));
    }
}
