package com.pakashop.bootstrap.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Whether payments are screened for fraud at all, screening's thresholds and weights (kwacha amounts in ngwee), and how images are moderated:
 * Sightengine's address, the models run and each category's flagging score.
 */
public record TrustSettings(boolean screening, int reviewScore, long attemptsPerHour, long amountFactor, long minimumHistory,
                            long platformBaselineNgwee, Duration newAccount, long newAccountAmountNgwee,
                            long failedNumbers, Map<String, Integer> weights, String sightengineBaseUrl,
                            List<String> moderationModels, Map<String, Double> moderationThresholds,
                            Duration moderationTimeout) {
    public TrustSettings {
        weights = Map.copyOf(weights);
        moderationModels = List.copyOf(moderationModels);
        moderationThresholds = Map.copyOf(moderationThresholds);
    }
}
