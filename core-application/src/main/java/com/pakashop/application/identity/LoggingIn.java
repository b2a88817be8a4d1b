package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.LoginThrottle;
import com.pakashop.domain.identity.PasswordPolicy;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.RateLimited;
import com.pakashop.domain.shared.Unauthenticated;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Signing in with phone or email and password, plus a TOTP code when the account has one. Wrong
 * password, unknown login, locked and suspended accounts all answer the same, and take the same
 * time (a dummy hash is checked when there is no account).
 */
public final class LoggingIn {
    static final String INVALID = "The login or password is wrong, or the account cannot sign in right now";

    private final Users users;
    private final PasswordHasher hasher;
    private final SecondFactor secondFactor;
    private final IssuingSessions sessions;
    private final IpLoginFailures ipFailures;
    private final LoginThrottle accountThrottle;
    private final LoginThrottle ipThrottle;
    private final Notifier notifier;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public LoggingIn(Users users, PasswordHasher hasher, SecondFactor secondFactor, IssuingSessions sessions,
                     IpLoginFailures ipFailures, LoginThrottle accountThrottle, LoginThrottle ipThrottle, Notifier notifier,
                     Transactions tx, Auditing audit, Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.secondFactor = secondFactor;
        this.sessions = sessions;
        this.ipFailures = ipFailures;
        this.accountThrottle = accountThrottle;
        this.ipThrottle = ipThrottle;
        this.notifier = notifier;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public LoginResult login(Login login, RequestContext context) {
        PasswordPolicy.requireHashable("password", login.password());
        Instant now = clock.instant();
        Optional<Instant> ipLock = ipFailures.lockedUntil(context.ip()).filter(now::isBefore);
        if (ipLock.isPresent()) {
            throw new RateLimited("Too many failed sign-ins from this address; try again later",
                    Duration.between(now, ipLock.get()));
        }
        Optional<UserAccount> found = users.byLogin(login.login());
        if (found.isEmpty()) {
            hasher.verifyAgainstNothing(login.password());
            failAnonymously(context, now);
            throw new Unauthenticated(INVALID);
        }
        UserAccount user = found.get();
        boolean passwordMatches = hasher.verify(login.password(), user.passwordHash());
        if (!passwordMatches || user.lockedAt(now) || !user.active()) {
            fail(user, passwordMatches ? reasonRefused(user, now) : "wrong-password", context, now);
            throw new Unauthenticated(INVALID);
        }
        if (user.mfaEnabled()) {
            if (login.totpCode().isEmpty()) {
                throw new Unauthenticated("mfa-required", "This account needs a TOTP code (or a recovery code) to sign in");
            }
            Optional<UserAccount> verified = secondFactor.check(user, login.totpCode().get());
            if (verified.isEmpty()) {
                fail(user, "wrong-totp", context, now);
                throw new Unauthenticated("mfa-required", "The TOTP code is wrong or was already used");
            }
            user = verified.get();
        } else if (user.mfaMandatory()) {
            UserAccount enrolling = user;
            tx.inTransaction(() -> audit.record("LOGIN_MFA_ENROLMENT_REQUIRED", "user:" + enrolling.id(),
                    "user:" + enrolling.id(), context, Map.of()));
            return new LoginResult.EnrolmentRequired(sessions.enrolmentToken(user));
        }
        UserAccount signedIn = user;
        Session session = tx.inTransaction(() -> {
            users.update(users.byIdForUpdate(signedIn.id()).orElse(signedIn).succeededLogin());
            ipFailures.clear(context.ip());
            audit.record("LOGIN_SUCCEEDED", "user:" + signedIn.id(), "user:" + signedIn.id(), context, Map.of());
            return sessions.issue(signedIn, Optional.empty());
        });
        return new LoginResult.SignedIn(session);
    }


    private static String reasonRefused(UserAccount user, Instant now) {
        return !user.active() ? "suspended" : user.lockedAt(now) ? "locked" : "refused";
    }

    private void fail(UserAccount user, String reason, RequestContext context, Instant now) {
        tx.inTransaction(() -> {
            UserAccount current = users.byIdForUpdate(user.id()).orElse(user);
            countIpFailure(context, now);
            if (current.lockedAt(now)) {
                // tries during a lock are refused without counting, so nobody can keep an owner locked out for good
                audit.record("LOGIN_FAILED", "anonymous", "user:" + user.id(), context, Map.of("reason", reason));
                return;
            }
            Optional<Duration> lock = accountThrottle.lockAfter(current.failedLogins() + 1);
            boolean newlyLocked = lock.isPresent();
            users.update(current.failedLogin(lock, now));
            audit.record("LOGIN_FAILED", "anonymous", "user:" + user.id(), context, Map.of("reason", reason));
            if (newlyLocked) {
                audit.record("ACCOUNT_LOCKED", "system", "user:" + user.id(), context,
                        Map.of("seconds", String.valueOf(lock.get().toSeconds())));
                notifier.send(new Notification(user.id(), Notification.Kind.ACCOUNT_LOCKED,
                        Map.of("minutes", String.valueOf(Math.max(1, lock.get().toMinutes()))), Map.of()));
            }
        });
    }

    private void failAnonymously(RequestContext context, Instant now) {
        tx.inTransaction(() -> {
            countIpFailure(context, now);
            audit.record("LOGIN_FAILED", "anonymous", "unknown", context, Map.of("reason", "no-such-login"));
        });
    }

    private void countIpFailure(RequestContext context, Instant now) {
        int failures = ipFailures.recordFailure(context.ip(), now);
        ipThrottle.lockAfter(failures).ifPresent(lock -> ipFailures.lock(context.ip(), now.plus(lock)));
    }

    /** A login attempt; {@code login} is a phone number or an email address. */
    public record Login(String login, String password, Optional<String> totpCode) {
        @Override
        public String toString() {
            return "Login[hidden]";
        }
    }

    /** Either a session, or (staff without TOTP) a token that can only enrol TOTP. */
    public sealed interface LoginResult {
        record SignedIn(Session session) implements LoginResult {
        }

        record EnrolmentRequired(String enrolmentToken) implements LoginResult {
            @Override
            public String toString() {
                return "EnrolmentRequired[hidden]";
            }
        }
    }
}
