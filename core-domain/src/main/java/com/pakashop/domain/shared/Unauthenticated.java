package com.pakashop.domain.shared;

import java.util.Objects;

/**
 * The caller could not be identified. {@code reason} is a short stable code a client can act on
 * (for example {@code mfa-required}: send a TOTP code with the login).
 */
public final class Unauthenticated extends PakashopException {
    public static final String GENERIC = "unauthenticated";

    private final String reason;

    public Unauthenticated(String message) {
        this(GENERIC, message);
    }

    public Unauthenticated(String reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String reason() {
        return reason;
    }
}
