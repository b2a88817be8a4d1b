package com.pakashop.application.payments;

/** A callback that failed its authenticity check or could not be read: nothing of it is applied. */
public final class CallbackRejected extends Exception {
    public CallbackRejected(String reason) {
        super(reason);
    }
}
