package com.pakashop.adapter.sightengine;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How we reach Sightengine and what counts as flagged: the models to run, and per category (a
 * path into the response such as {@code weapon.classes.firearm}) the score above which an image is
 * flagged for a moderator.
 */
public record SightengineSettings(URI baseUrl, String apiUser, String apiSecret, Duration timeout, List<String> models,
                                  Map<String, Double> thresholds) {
    /** Our starting policy (reference: sightengine.md §6, the REVIEW column): a person looks above these. */
    public static final Map<String, Double> DEFAULT_THRESHOLDS = Map.ofEntries(
            Map.entry("nudity.sexual_activity", 0.2), Map.entry("nudity.sexual_display", 0.2),
            Map.entry("nudity.erotica", 0.2), Map.entry("nudity.very_suggestive", 0.6),
            Map.entry("weapon.classes.firearm", 0.2), Map.entry("weapon.firearm_action.aiming_threat", 0.5),
            Map.entry("gore.prob", 0.2), Map.entry("offensive.nazi", 0.2), Map.entry("offensive.supremacist", 0.2),
            Map.entry("offensive.terrorist", 0.2), Map.entry("offensive.confederate", 0.2),
            Map.entry("offensive.middle_finger", 0.5), Map.entry("recreational_drug.prob", 0.2));
    public static final List<String> DEFAULT_MODELS = List.of("nudity-2.1", "weapon", "gore-2.0", "offensive-2.0",
            "recreational_drug");

    public SightengineSettings {
        models = List.copyOf(models);
        thresholds = Map.copyOf(thresholds);
    }

    @Override
    public String toString() {
        return "SightengineSettings[" + baseUrl + ", secrets hidden, " + timeout + ", " + models + "]";
    }
}
