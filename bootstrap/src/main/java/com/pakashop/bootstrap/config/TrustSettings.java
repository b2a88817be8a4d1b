package com.pakashop.bootstrap.config;

import com.pakashop.adapter.sightengine.SightengineSettings;
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

    static TrustSettings read(EnvironmentReader env) {
        return new TrustSettings(
                env.flag("PAKASHOP_FRAUD_SCREENING", true),
                (int) env.number("PAKASHOP_FRAUD_REVIEW_SCORE", 60, 1, 100),
                env.number("PAKASHOP_FRAUD_ATTEMPTS_PER_HOUR", 5, 1, 10_000),
                env.number("PAKASHOP_FRAUD_AMOUNT_FACTOR", 3, 1, 1_000),
                env.number("PAKASHOP_FRAUD_MIN_HISTORY", 3, 1, 1_000),
                env.kwacha("PAKASHOP_FRAUD_BASELINE", 50_000L),
                Duration.ofDays(env.number("PAKASHOP_FRAUD_NEW_ACCOUNT_DAYS", 7, 0, 365)),
                env.kwacha("PAKASHOP_FRAUD_NEW_ACCOUNT_AMOUNT", 200_000L),
                env.number("PAKASHOP_FRAUD_FAILED_NUMBERS", 3, 1, 100),
                env.pairs("PAKASHOP_FRAUD_WEIGHTS", Map.of(), Integer::valueOf, "rule=weight pairs such as velocity-ip=30"),
                env.url("PAKASHOP_SIGHTENGINE_BASE_URL").orElse("https://api.sightengine.com"),
                List.of(env.text("PAKASHOP_SIGHTENGINE_MODELS", String.join(",", SightengineSettings.DEFAULT_MODELS)).split(",")),
                env.pairs("PAKASHOP_MODERATION_THRESHOLDS", SightengineSettings.DEFAULT_THRESHOLDS, Double::valueOf,
                        "category=score pairs such as weapon.classes.firearm=0.3"),
                Duration.ofSeconds(env.number("PAKASHOP_MODERATION_TIMEOUT_SECONDS", 10, 1, 120)));
    }
}
