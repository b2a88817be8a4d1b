package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Principal;
import java.time.Clock;
import java.util.Map;

/** Ends the login the refresh token belongs to: its whole family is revoked. */
public final class LoggingOut {
    private final RefreshTokens refreshTokens;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public LoggingOut(RefreshTokens refreshTokens, Transactions tx, Auditing audit, Clock clock) {
        this.refreshTokens = refreshTokens;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /** Idempotent: an unknown or someone else's token changes nothing and says nothing. */
    public void logout(Principal caller, String refreshToken, RequestContext context) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        refreshTokens.byHash(OpaqueTokens.hash(refreshToken))
                .filter(token -> token.userId().equals(caller.self()))
                .ifPresent(token -> tx.inTransaction(() -> {
                    refreshTokens.revokeFamily(token.familyId(), clock.instant());
                    audit.record("LOGOUT", caller.describe(), "user:" + token.userId(), context, Map.of());
                }));
    }
}
