package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.PasswordPolicy;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.ValidationFailed;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Forgotten passwords: a six-digit code sent through the notifier, valid ten minutes and five
 * tries. Neither step ever says whether an account exists. A reset ends every session.
 */
public final class ResettingPassword {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final int MAX_ATTEMPTS = 5;
    static final int MAX_CODES_PER_HOUR = 3;
    private static final String BAD_CODE = "is wrong or has expired; ask for a new code";

    private final Users users;
    private final PasswordResets resets;
    private final PasswordHasher hasher;
    private final RefreshTokens refreshTokens;
    private final Notifier notifier;
    private final OpaqueTokens opaque;
    private final Transactions tx;
    private final Auditing audit;
    private final Ids ids;
    private final Clock clock;

    public ResettingPassword(Users users, PasswordResets resets, PasswordHasher hasher, RefreshTokens refreshTokens,
                             Notifier notifier, OpaqueTokens opaque, Transactions tx, Auditing audit, Ids ids, Clock clock) {
        this.users = users;
        this.resets = resets;
        this.hasher = hasher;
        this.refreshTokens = refreshTokens;
        this.notifier = notifier;
        this.opaque = opaque;
        this.tx = tx;
        this.audit = audit;
        this.ids = ids;
        this.clock = clock;
    }

    /** Always succeeds from the caller's point of view. */
    public void requestCode(String login, RequestContext context) {
        Optional<UserAccount> user = users.byLogin(login).filter(UserAccount::active);
        if (user.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        java.util.UUID userId = user.get().id();
        tx.inTransaction(() -> {
            if (resets.issuedSince(userId, now.minus(Duration.ofHours(1))) >= MAX_CODES_PER_HOUR) {
                audit.record("PASSWORD_RESET_THROTTLED", "anonymous", "user:" + userId, context, Map.of());
                return;
            }
            String code = opaque.newSixDigitCode();
            resets.add(ids.next(), userId, codeHash(userId, code), now, now.plus(CODE_LIFETIME));
            audit.record("PASSWORD_RESET_REQUESTED", "anonymous", "user:" + userId, context, Map.of());
            notifier.send(new Notification(userId, Notification.Kind.PASSWORD_RESET_CODE,
                    Map.of("minutes", String.valueOf(CODE_LIFETIME.toMinutes())), Map.of("code", code)));
        });
    }

    public void reset(String login, String code, String newPassword, RequestContext context) {
        // checked before the account is looked up, so the answer cannot tell whether it exists
        PasswordPolicy.requireAcceptable("newPassword", newPassword, Set.of());
        Optional<UserAccount> found = users.byLogin(login).filter(UserAccount::active);
        UserAccount user = found.orElseThrow(() -> ValidationFailed.of("code", BAD_CODE));
        Instant now = clock.instant();
        boolean accepted = tx.inTransaction(() -> {
            Optional<PasswordResets.PendingReset> pending = resets.latestOpen(user.id(), now)
                    .filter(r -> r.attempts() < MAX_ATTEMPTS);
            if (pending.isEmpty()) {
                return false;
            }
            resets.countAttempt(pending.get().id());
            if (code == null || !MessageDigest.isEqual(pending.get().codeHash().getBytes(StandardCharsets.US_ASCII),
                    codeHash(user.id(), code.strip()).getBytes(StandardCharsets.US_ASCII))) {
                audit.record("PASSWORD_RESET_FAILED", "anonymous", "user:" + user.id(), context, Map.of());
                return false;
            }
            resets.markUsed(pending.get().id(), now);
            return true;
        });
        if (!accepted) {
            throw ValidationFailed.of("code", BAD_CODE);
        }
        String hash = hasher.hash(newPassword);
        tx.inTransaction(() -> {
            UserAccount current = users.byIdForUpdate(user.id()).orElseThrow();
            users.update(current.withPassword(hash));
            refreshTokens.revokeAllOf(user.id(), now);
            audit.record("PASSWORD_RESET", "user:" + user.id(), "user:" + user.id(), context, Map.of());
            notifier.send(new Notification(user.id(), Notification.Kind.PASSWORD_CHANGED, Map.of(), Map.of()));
        });
    }


    /** Salted with the user id, so equal codes of two users hash differently. */
    private static String codeHash(java.util.UUID userId, String code) {
        return OpaqueTokens.hash(userId + ":" + code);
    }
}
