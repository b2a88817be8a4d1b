package com.pakashop.domain.shared;

import java.util.Objects;

/** One reason a field of a request was rejected; {@code field} is a dotted path such as {@code items[0].quantity}. */
public record FieldError(String field, String message) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
