package com.pakashop.domain.config;

import com.pakashop.domain.shared.ValidationFailed;
import java.time.Instant;
import java.util.Optional;

/** A switch staff turn on or off at run time, with who last changed it and when. */
public record FeatureFlag(String name, boolean enabled, Optional<String> changedBy, Optional<Instant> changedAt) {
    /** Whether the ZRA Smart Invoice integration transmits (seed §4.6: "configurable on/off"). */
    public static final String ZRA_INVOICING = "zra-invoicing";

    public FeatureFlag {
        requireName(name);
    }

    public static FeatureFlag off(String name) {
        return new FeatureFlag(name, false, Optional.empty(), Optional.empty());
    }

    public static void requireName(String name) {
        if (name == null || !name.matches("[a-z][a-z0-9-]{1,59}")) {
            throw ValidationFailed.of("name", "a flag name is 2 to 60 lower-case letters, digits and dashes");
        }
    }
}
