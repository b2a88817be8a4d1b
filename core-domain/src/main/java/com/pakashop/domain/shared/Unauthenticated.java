package com.pakashop.domain.shared;

/** The caller could not be identified. */
public final class Unauthenticated extends PakashopException {
    public Unauthenticated(String message) {
        super(message);
    }
}
