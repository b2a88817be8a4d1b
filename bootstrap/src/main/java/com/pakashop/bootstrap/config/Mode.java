package com.pakashop.bootstrap.config;

import java.util.Locale;
import java.util.Optional;

/** PAKASHOP_ENV: {@code dev} fills gaps with generated keys and mocks; {@code prod} refuses gaps. */
public enum Mode {
    DEV, PROD;

    static Optional<Mode> parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "dev" -> Optional.of(DEV);
            case "prod" -> Optional.of(PROD);
            default -> Optional.empty();
        };
    }

    /** Read before anything else, so logging can be set up for the mode; a bad value is reported later. */
    public static Mode of(java.util.Map<String, String> environment) {
        String value = environment.get("PAKASHOP_ENV");
        return value == null ? DEV : parse(value).orElse(DEV);
    }
}
