package com.pakashop.domain.fraud;

import java.util.Optional;
import java.util.function.ToLongFunction;

/** More than {@code limit} payment attempts in an hour from one IP, one account or one payer number. */
public final class Velocity implements FraudRule {
    private final String by;
    private final ToLongFunction<Signals> attempts;
    private final long limit;
    private final int weight;

    private Velocity(String by, ToLongFunction<Signals> attempts, long limit, int weight) {
        this.by = by;
        this.attempts = attempts;
        this.limit = limit;
        this.weight = weight;
    }

    public static Velocity byIp(long limit, int weight) {
        return new Velocity("ip", Signals::attemptsByIp, limit, weight);
    }

    public static Velocity byAccount(long limit, int weight) {
        return new Velocity("account", Signals::attemptsByAccount, limit, weight);
    }

    public static Velocity byPhone(long limit, int weight) {
        return new Velocity("phone", Signals::attemptsByPhone, limit, weight);
    }

    @Override
    public String name() {
        return "velocity-" + by;
    }

    @Override
    public Optional<Reason> evaluate(Signals signals) {
        long seen = attempts.applyAsLong(signals);
        return seen > limit ? Optional.of(new Reason(name(), seen + " attempts in an hour by one " + by
                + " (more than " + limit + ")", weight)) : Optional.empty();
    }
}
