package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Unauthenticated;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Trades a refresh token for a new pair. A token is good once: presenting one that was already
 * rotated means it was copied, so the whole family (that login's every descendant) is revoked.
 */
public final class RefreshingSession {
    private static final String INVALID = "The refresh token is not valid; sign in again";

    private final RefreshTokens refreshTokens;
    private final Users users;
    private final IssuingSessions sessions;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public RefreshingSession(RefreshTokens refreshTokens, Users users, IssuingSessions sessions, Transactions tx,
                             Auditing audit, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.users = users;
        this.sessions = sessions;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Session refresh(String presented, RequestContext context) {
        if (presented == null || presented.isBlank() || presented.length() > 200) {
            throw new Unauthenticated(INVALID);
        }
        Instant now = clock.instant();
        RefreshTokens.StoredRefreshToken token = refreshTokens.byHash(OpaqueTokens.hash(presented))
                .orElseThrow(() -> new Unauthenticated(INVALID));
        Optional<Session> renewed = tx.inTransaction(() -> {
            if (token.rotatedAt().isPresent() || !refreshTokens.rotate(token.id(), now)) {
                if (token.revokedAt().isEmpty()) {
                    refreshTokens.revokeFamily(token.familyId(), now);
                    audit.record("REFRESH_TOKEN_REUSED", "anonymous", "user:" + token.userId(), context,
                            Map.of("family", token.familyId().toString()));
                }
                return Optional.empty();
            }
            if (!now.isBefore(token.expiresAt())) {
                return Optional.empty();
            }
            Optional<UserAccount> user = users.byId(token.userId()).filter(UserAccount::active);
            return user.map(u -> sessions.issue(u, Optional.of(token.familyId())));
        });
        return renewed.orElseThrow(() -> new Unauthenticated(INVALID));
    }
}
