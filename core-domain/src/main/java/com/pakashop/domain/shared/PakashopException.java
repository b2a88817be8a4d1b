package com.pakashop.domain.shared;

/**
 * The root of the core's typed errors. Shells map each subtype to one outward answer
 * (an HTTP problem type, a CLI exit status); the message is written for a support person.
 */
public abstract sealed class PakashopException extends RuntimeException
        permits NotFound, Conflict, ValidationFailed, Forbidden, Unauthenticated,
                DependencyUnavailable, RateLimited, UnderReview {

    protected PakashopException(String message) {
        super(message);
    }

    protected PakashopException(String message, Throwable cause) {
        super(message, cause);
    }
}
