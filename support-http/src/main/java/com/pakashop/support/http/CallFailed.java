package com.pakashop.support.http;

/** A call that got no answer to act on, in one of the two ways that matter for money. */
public abstract sealed class CallFailed extends RuntimeException permits NotSent, Uncertain {
    CallFailed(String message) {
        super(message);
    }
}
