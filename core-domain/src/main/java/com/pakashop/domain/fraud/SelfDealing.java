package com.pakashop.domain.fraud;

import java.util.Optional;

/** The buyer owns a shop being paid, or pays from a shop's payout number: money going round in circles. */
public final class SelfDealing implements FraudRule {
    private final int weight;

    public SelfDealing(int weight) {
        this.weight = weight;
    }

    @Override
    public String name() {
        return "self-dealing";
    }

    @Override
    public Optional<Reason> evaluate(Signals signals) {
        if (signals.buyerOwnsShop()) {
            return Optional.of(new Reason(name(), "the buyer owns a shop being paid", weight));
        }
        if (signals.payerIsShopPayoutNumber()) {
            return Optional.of(new Reason(name(), "the payer's number is a paid shop's payout number", weight));
        }
        return Optional.empty();
    }
}
