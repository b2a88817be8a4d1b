package com.pakashop.domain.shared;

/** The caller is known but may not do this. */
public final class Forbidden extends PakashopException {
    public Forbidden(String message) {
        super(message);
    }
}
