package com.pakashop.domain.shared;

import java.util.Objects;

/**
 * Something we depend on (the database, a payment provider) did not answer. The request may
 * succeed later unchanged; nothing was committed.
 */
public final class DependencyUnavailable extends PakashopException {
    private final String dependency;

    public DependencyUnavailable(String dependency, String message, Throwable cause) {
        super(message, cause);
        this.dependency = Objects.requireNonNull(dependency, "dependency");
    }

    public DependencyUnavailable(String dependency, String message) {
        this(dependency, message, null);
    }

    public String dependency() {
        return dependency;
    }
}
