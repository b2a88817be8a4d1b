package com.pakashop.application.health;

import java.util.Objects;

/** A component's state; {@code detail} is safe to show to callers (no hosts, no secrets). */
public record ComponentHealth(Status status, String detail) {
    public ComponentHealth {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public static ComponentHealth up(String detail) {
        return new ComponentHealth(Status.UP, detail);
    }

    public static ComponentHealth down(String detail) {
        return new ComponentHealth(Status.DOWN, detail);
    }

    public enum Status { UP, DOWN }
}
