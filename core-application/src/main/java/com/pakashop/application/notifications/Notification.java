package com.pakashop.application.notifications;

import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A message for one user. {@code secretValues} holds one-time codes: only a development notifier
 * may ever print them; everything else must treat them as secrets.
 */
public record Notification(UUID userId, Kind kind, Map<String, String> values, Map<String, String> secretValues) {
    public Notification {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        values = Map.copyOf(values);
        secretValues = Map.copyOf(secretValues);
    }

    public enum Kind {
        PASSWORD_RESET_CODE, ACCOUNT_LOCKED, ACCOUNT_SUSPENDED, PASSWORD_CHANGED, MFA_ENABLED, DELIVERY_PIN,
        DELIVERY_ASSIGNED, DELIVERY_ARRIVING, IMAGE_REJECTED
    }
}
