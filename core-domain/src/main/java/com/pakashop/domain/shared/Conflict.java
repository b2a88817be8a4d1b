package com.pakashop.domain.shared;

/** The request is valid but clashes with the current state (an illegal transition, a duplicate). */
public final class Conflict extends PakashopException {
    public Conflict(String message) {
        super(message);
    }
}
