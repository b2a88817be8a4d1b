package com.pakashop.application.fraud;

import com.pakashop.domain.fraud.AmountAnomaly;
import com.pakashop.domain.fraud.FraudRule;
import com.pakashop.domain.fraud.ManyFailedNumbers;
import com.pakashop.domain.fraud.NewAccountHighValue;
import com.pakashop.domain.fraud.SelfDealing;
import com.pakashop.domain.fraud.Velocity;
import com.pakashop.domain.shared.Money;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The thresholds and weights the rules run with, from configuration. {@code weights} maps a rule's
 * name to its contribution; a rule left out keeps its default.
 */
public record FraudPolicy(int reviewScore, long attemptsPerHour, long amountFactor, long minimumHistory,
                          Money platformBaseline, Duration newAccount, Money newAccountAmount, long failedNumbers,
                          Map<String, Integer> weights) {
    public static final Map<String, Integer> DEFAULT_WEIGHTS = Map.of(
            "velocity-ip", 30, "velocity-account", 40, "velocity-phone", 40, "amount-anomaly", 30,
            "self-dealing", 70, "new-account-high-value", 30, "many-failed-numbers", 40);

    public FraudPolicy {
        weights = Map.copyOf(weights);
        for (String rule : weights.keySet()) {
            if (!DEFAULT_WEIGHTS.containsKey(rule)) {
                throw new IllegalArgumentException("no fraud rule is called " + rule);
            }
        }
    }

    /** The current rules, in the order their reasons are listed. */
    public List<FraudRule> rules() {
        return List.of(
                Velocity.byIp(attemptsPerHour, weight("velocity-ip")),
                Velocity.byAccount(attemptsPerHour, weight("velocity-account")),
                Velocity.byPhone(attemptsPerHour, weight("velocity-phone")),
                new AmountAnomaly(amountFactor, minimumHistory, weight("amount-anomaly")),
                new SelfDealing(weight("self-dealing")),
                new NewAccountHighValue(newAccount, newAccountAmount, weight("new-account-high-value")),
                new ManyFailedNumbers(failedNumbers, weight("many-failed-numbers")));
    }

    private int weight(String rule) {
        return weights.getOrDefault(rule, DEFAULT_WEIGHTS.get(rule));
    }
}
