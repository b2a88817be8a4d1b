package com.pakashop.domain.fraud;

import java.util.ArrayList;
import java.util.List;

/** The composite score (the rules' contributions summed, at most 100) with its reasons. */
public record RiskAssessment(int score, List<Reason> reasons) {
    public RiskAssessment {
        reasons = List.copyOf(reasons);
    }

    /** Every rule evaluated together; the order of the list is the order of the reasons. */
    public static RiskAssessment of(List<FraudRule> rules, Signals signals) {
        List<Reason> reasons = new ArrayList<>();
        int sum = 0;
        for (FraudRule rule : rules) {
            var reason = rule.evaluate(signals);
            if (reason.isPresent()) {
                reasons.add(reason.get());
                sum += reason.get().contribution();
            }
        }
        return new RiskAssessment(Math.min(100, sum), reasons);
    }

    public boolean needsReview(int threshold) {
        return score >= threshold;
    }
}
