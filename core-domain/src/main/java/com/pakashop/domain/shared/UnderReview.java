package com.pakashop.domain.shared;

/**
 * The request is held for a person to look at (a payment that screening found risky). The message
 * says so and nothing about why, so nobody learns the rules by probing them.
 */
public final class UnderReview extends PakashopException {
    public UnderReview(String message) {
        super(message);
    }
}
