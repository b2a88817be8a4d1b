package com.pakashop.application.identity;

import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Unauthenticated;

/**
 * Turns a bearer token into a principal. The signature and expiry are checked first (no database);
 * then the account, so a suspension or password reset ends every session at once and role
 * changes take effect on the next request.
 */
public final class Authenticating {
    private final AccessTokens tokens;
    private final Users users;

    public Authenticating(AccessTokens tokens, Users users) {
        this.tokens = tokens;
        this.users = users;
    }

    public Principal authenticate(String bearerToken) {
        AccessTokens.AccessClaims claims = tokens.verify(bearerToken);
        UserAccount user = users.byId(claims.userId())
                .filter(UserAccount::active)
                .filter(u -> u.sessionEpoch() == claims.sessionEpoch())
                .orElseThrow(() -> new Unauthenticated("invalid-token", "The session has ended; sign in again"));
        return claims.enrolmentOnly() ? Principal.enrolment(user.id()) : Principal.user(user.id(), user.roles());
    }
}
