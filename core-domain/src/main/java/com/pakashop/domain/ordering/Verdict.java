package com.pakashop.domain.ordering;

/** The answer of a rule: allowed, or refused with a reason a person can act on. */
public sealed interface Verdict permits Verdict.Allow, Verdict.Reject {

    Verdict ALLOW = new Allow();

    static Verdict reject(String reason) {
        return new Reject(reason);
    }

    default boolean allowed() {
        return this instanceof Allow;
    }

    record Allow() implements Verdict {
    }

    record Reject(String reason) implements Verdict {
    }
}
