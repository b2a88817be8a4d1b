package com.pakashop.application.identity;

import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Mints an access token and a refresh token; a new login starts a family, a refresh continues one. */
public final class IssuingSessions {
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final OpaqueTokens opaque;
    private final Ids ids;
    private final Clock clock;
    private final Duration refreshLifetime;

    public IssuingSessions(AccessTokens accessTokens, RefreshTokens refreshTokens, OpaqueTokens opaque, Ids ids,
                           Clock clock, Duration refreshLifetime) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.opaque = opaque;
        this.ids = ids;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
    }

    public Session issue(UserAccount user, Optional<UUID> family) {
        Instant now = clock.instant();
        String refresh = opaque.newRefreshToken();
        refreshTokens.add(new RefreshTokens.StoredRefreshToken(ids.next(), family.orElseGet(ids::next), user.id(),
                OpaqueTokens.hash(refresh), now, now.plus(refreshLifetime), Optional.empty(), Optional.empty()));
        String access = accessTokens.issue(new AccessTokens.AccessClaims(user.id(), user.sessionEpoch(), false));
        return new Session(access, refresh, accessTokens.lifetime().toSeconds());
    }

    /** A token that can do nothing but set up TOTP, for staff who must have it and do not yet. */
    public String enrolmentToken(UserAccount user) {
        return accessTokens.issue(new AccessTokens.AccessClaims(user.id(), user.sessionEpoch(), true));
    }
}
