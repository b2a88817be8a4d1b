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

    /** A rule already found broken, for checks a single condition cannot say (one per list element, say). */
    public Validation add(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** The broken rules another check reported (a value object that refused its part of the input). */
    public Validation addAll(List<FieldError> found) {
        errors.addAll(found);
        return this;
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailed(errors);
        }
    }
}
