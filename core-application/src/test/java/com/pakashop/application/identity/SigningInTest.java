package com.pakashop.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.identity.IdentityFakes.CountingTokens;
import com.pakashop.application.identity.IdentityFakes.Direct;
import com.pakashop.application.identity.IdentityFakes.MemoryAudit;
import com.pakashop.application.identity.IdentityFakes.MemoryIpFailures;
import com.pakashop.application.identity.IdentityFakes.MemoryRefreshTokens;
import com.pakashop.application.identity.IdentityFakes.MemoryUsers;
import com.pakashop.application.identity.IdentityFakes.PlainHasher;
import com.pakashop.application.identity.IdentityFakes.SentNotifications;
import com.pakashop.application.notifications.Notification;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.domain.identity.LoginThrottle;
import com.pakashop.domain.identity.PhoneNumber;
import com.pakashop.domain.identity.Role;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Ids;
import com.pakashop.domain.shared.RateLimited;
import com.pakashop.domain.shared.Unauthenticated;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SigningInTest {
    private static final String PASSWORD = "mango season in Kabwe";
    private static final RequestContext FROM = new RequestContext("10.1.2.3", "req-1");

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
    private final Ids ids = new Ids(clock);
    private final MemoryUsers users = new MemoryUsers();
    private final PlainHasher hasher = new PlainHasher();
    private final MemoryRefreshTokens refreshTokens = new MemoryRefreshTokens();
    private final MemoryIpFailures ipFailures = new MemoryIpFailures();
    private final SentNotifications notifier = new SentNotifications();
    private final MemoryAudit audit = new MemoryAudit();
    private final Auditing auditing = new Auditing(audit, ids, clock);
    private final IssuingSessions sessions = new IssuingSessions(new CountingTokens(), refreshTokens,
            new OpaqueTokens(new SecureRandom()), ids, clock, Duration.ofDays(30));
    private final LoggingIn loggingIn = new LoggingIn(users, hasher, null, sessions, ipFailures,
            new LoginThrottle(3, Duration.ofMinutes(1), Duration.ofHours(1)),
            new LoginThrottle(10, Duration.ofMinutes(5), Duration.ofHours(1)), notifier, new Direct(), auditing, clock);

    @Test
    void theThirdWrongPasswordLocksTheAccountAndTellsTheOwnerOnce() {
        UserAccount user = buyer("+260977000001");

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> loggingIn.login(login("+260977000001", "wrong"), FROM))
                    .isInstanceOf(Unauthenticated.class);
        }

        assertThat(users.byId(user.id()).orElseThrow().lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(notifier.sent).extracting(Notification::kind).containsExactly(Notification.Kind.ACCOUNT_LOCKED);
        assertThat(audit.actions()).contains("ACCOUNT_LOCKED");
    }

    @Test
    void whileLockedEvenTheRightPasswordFailsAndTriesDoNotExtendTheLock() {
        UserAccount user = buyer("+260977000002");
        for (int i = 0; i < 3; i++) {
            tryLogin("+260977000002", "wrong");
        }
        Optional<Instant> lock = users.byId(user.id()).orElseThrow().lockedUntil();

        assertThatThrownBy(() -> loggingIn.login(login("+260977000002", PASSWORD), FROM))
                .isInstanceOf(Unauthenticated.class).hasMessage(LoggingIn.INVALID);
        tryLogin("+260977000002", "wrong again");

        assertThat(users.byId(user.id()).orElseThrow().lockedUntil()).isEqualTo(lock);
        assertThat(users.byId(user.id()).orElseThrow().failedLogins()).isEqualTo(3);
    }

    @Test
    void anUnknownLoginStillCostsOnePasswordVerification() {
        assertThatThrownBy(() -> loggingIn.login(login("+260977999999", PASSWORD), FROM))
                .isInstanceOf(Unauthenticated.class).hasMessage(LoggingIn.INVALID);

        assertThat(hasher.verifications).isEqualTo(1);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedBeforeAnyPasswordCheck() {
        for (int i = 0; i < 10; i++) {
            tryLogin("+26097700" + String.format("%04d", i), "wrong");
        }
        int before = hasher.verifications;

        assertThatThrownBy(() -> loggingIn.login(login("+260977000003", PASSWORD), FROM)).isInstanceOf(RateLimited.class);
        assertThat(hasher.verifications).isEqualTo(before);
    }

    @Test
    void staffWithoutTotpGetOnlyAnEnrolmentToken() {
        UserAccount finance = buyer("+260977000004");
        users.update(users.byId(finance.id()).orElseThrow().withRoles(Set.of(Role.FINANCE)));

        LoggingIn.LoginResult result = loggingIn.login(login("+260977000004", PASSWORD), FROM);

        assertThat(result).isInstanceOf(LoggingIn.LoginResult.EnrolmentRequired.class);
        assertThat(refreshTokens.byHash).as("no session was opened").isEmpty();
    }

    @Test
    void aRefreshTokenUsedTwiceRevokesItsFamily() {
        buyer("+260977000005");
        Session first = ((LoggingIn.LoginResult.SignedIn) loggingIn.login(login("+260977000005", PASSWORD), FROM)).session();
        RefreshingSession refreshing = new RefreshingSession(refreshTokens, users, sessions, new Direct(), auditing, clock);

        Session second = refreshing.refresh(first.refreshToken(), FROM);

        assertThatThrownBy(() -> refreshing.refresh(first.refreshToken(), FROM)).isInstanceOf(Unauthenticated.class);
        assertThatThrownBy(() -> refreshing.refresh(second.refreshToken(), FROM)).isInstanceOf(Unauthenticated.class);
        assertThat(audit.actions()).contains("REFRESH_TOKEN_REUSED");
    }

    private UserAccount buyer(String phone) {
        UserAccount user = UserAccount.register(ids.next(), "Chanda", new PhoneNumber(phone), Optional.empty(),
                hasher.hash(PASSWORD), Set.of(Role.BUYER), clock.instant());
        users.add(user);
        return user;
    }

    private void tryLogin(String phone, String password) {
        try {
            loggingIn.login(login(phone, password), FROM);
        } catch (Unauthenticated expected) {
            // the point is the side effect on the counters
        }
    }

    private static LoggingIn.Login login(String phone, String password) {
        return new LoggingIn.Login(phone, password, Optional.empty());
    }
}
