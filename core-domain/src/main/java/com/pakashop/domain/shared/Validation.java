package com.pakashop.domain.shared;

import java.util.ArrayList;
import java.util.List;

/** Collects broken rules so a command can report all of them at once. */
public final class Validation {
    private final List<FieldError> errors = new ArrayList<>();

    public Validation require(boolean rule, String field, String message) {
        if (!rule) {
            errors.add(new FieldError(field, message));
        }
        return this;
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
