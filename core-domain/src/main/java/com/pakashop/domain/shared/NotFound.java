package com.pakashop.domain.shared;

/** The caller asked for something that does not exist, or that they may not know exists. */
public final class NotFound extends PakashopException {
    public NotFound(String message) {
        super(message);
    }
}
