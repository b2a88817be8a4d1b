package com.pakashop.bootstrap;

/** The process cannot start; the message is one line an operator can act on. */
public final class StartupFailure extends RuntimeException {
    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
