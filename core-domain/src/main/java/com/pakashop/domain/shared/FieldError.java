package com.pakashop.domain.shared;

import java.util.Objects;

/**
 * One reason a field of a request was rejected; {@code field} is a dotted path such as
 * {@code items[0].quantity}. {@code code}, when present, is a stable reason a client can branch
 * on (a coupon that has {@code EXPIRED}, say), where the message is for people.
 */
public record FieldError(String field, String message, String code) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
