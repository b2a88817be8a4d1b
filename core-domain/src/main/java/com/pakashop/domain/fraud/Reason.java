package com.pakashop.domain.fraud;

/** Why a rule added to the score: the rule's name, what it saw, and how much it added. */
public record Reason(String rule, String evidence, int contribution) {
    public Reason {
        if (contribution < 0 || contribution > 100) {
            throw new IllegalArgumentException("a contribution is 0 to 100");
        }
    }
}
