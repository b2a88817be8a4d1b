package com.pakashop.adapter.persistence;

import java.time.Duration;
import java.util.Objects;

/** How to reach PostgreSQL. {@link #toString()} never shows the password. */
public record DatabaseSettings(String jdbcUrl, String user, String password, int maxPoolSize, Duration connectionTimeout) {
    public DatabaseSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + jdbcUrl + " as " + user + ", pool " + maxPoolSize + "]";
    }
}
