package com.pakashop.application.identity;

import java.time.Duration;
import java.util.UUID;

/** Signed, short-lived access tokens. Verification refuses anything forged, expired or of another kind. */
public interface AccessTokens {

    String issue(AccessClaims claims);

    /** Throws Unauthenticated when the token is not one we issued and still valid. */
    AccessClaims verify(String token);

    Duration lifetime();

    /** What an access token says. {@code enrolmentOnly} tokens may only set up TOTP. */
    record AccessClaims(UUID userId, int sessionEpoch, boolean enrolmentOnly) {
    }
}
