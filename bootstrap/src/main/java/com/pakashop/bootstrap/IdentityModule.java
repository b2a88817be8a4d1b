package com.pakashop.bootstrap;

import com.pakashop.adapter.notifications.LoggingNotifier;
import com.pakashop.adapter.persistence.JdbiAuditLog;
import com.pakashop.adapter.persistence.JdbiIpLoginFailures;
import com.pakashop.adapter.persistence.JdbiPasswordResets;
import com.pakashop.adapter.persistence.JdbiRecoveryCodes;
import com.pakashop.adapter.persistence.JdbiRefreshTokens;
import com.pakashop.adapter.persistence.JdbiTransactions;
import com.pakashop.adapter.persistence.JdbiUsers;
import com.pakashop.adapter.security.AesGcmSecretCipher;
import com.pakashop.adapter.security.Argon2idPasswordHasher;
import com.pakashop.adapter.security.HmacTotpCodes;
import com.pakashop.adapter.security.JwtAccessTokens;
import com.pakashop.application.audit.Auditing;
import com.pakashop.application.audit.ReadingAuditLog;
import com.pakashop.application.identity.AdministeringUsers;
import com.pakashop.application.identity.Authenticating;
import com.pakashop.application.identity.CheckingStoredSecrets;
import com.pakashop.application.identity.CreatingFirstAdmin;
import com.pakashop.application.identity.EnrollingTotp;
import com.pakashop.application.identity.IssuingSessions;
import com.pakashop.application.identity.LoggingIn;
import com.pakashop.application.identity.LoggingOut;
import com.pakashop.application.identity.OpaqueTokens;
import com.pakashop.application.identity.PasswordHasher;
import com.pakashop.application.identity.RefreshingSession;
import com.pakashop.application.identity.RegisteringBuyer;
import com.pakashop.application.identity.ResettingPassword;
import com.pakashop.application.identity.SecondFactor;
import com.pakashop.application.identity.TotpVerification;
import com.pakashop.application.notifications.Notifier;
import com.pakashop.bootstrap.config.IdentitySettings;
import com.pakashop.bootstrap.config.Mode;
import com.pakashop.bootstrap.config.PakashopConfig;
import com.pakashop.domain.identity.LoginThrottle;
import com.pakashop.domain.shared.Ids;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/** Accounts, sessions, MFA, administration and the audit log, wired once per process. */
public final class IdentityModule {
    private final PasswordHasher hasher;
    private final Notifier notifier;
    private final RegisteringBuyer registering;
    private final LoggingIn loggingIn;
    private final RefreshingSession refreshing;
    private final LoggingOut loggingOut;
    private final Authenticating authenticating;
    private final EnrollingTotp enrollingTotp;
    private final ResettingPassword resettingPassword;
    private final AdministeringUsers administering;
    private final ReadingAuditLog readingAudit;
    private final CreatingFirstAdmin creatingFirstAdmin;
    private final CheckingStoredSecrets checkingStoredSecrets;

    IdentityModule(PakashopConfig config, JdbiTransactions tx, Auditing audit, Ids ids, Clock clock) {
        IdentitySettings settings = config.identity();
        SecureRandom random = new SecureRandom();
        JdbiUsers users = new JdbiUsers(tx, clock);
        JdbiRefreshTokens refreshTokens = new JdbiRefreshTokens(tx);
        JdbiRecoveryCodes recoveryCodes = new JdbiRecoveryCodes(tx);
        this.hasher = new Argon2idPasswordHasher(settings.argon2MemoryKib(),
                settings.argon2Iterations(), settings.argon2Parallelism());
        JwtAccessTokens accessTokens = new JwtAccessTokens(config.keys().jwtSecret().bytes(),
                settings.accessTokenLifetime(), Duration.ofMinutes(10), clock);
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(
                Base64.getDecoder().decode(config.keys().totpEncryptionKey().reveal()), random);
        TotpVerification totp = new TotpVerification(new HmacTotpCodes(), clock);
        OpaqueTokens opaque = new OpaqueTokens(random);
        this.notifier = new LoggingNotifier(config.mode() == Mode.DEV);
        IssuingSessions sessions = new IssuingSessions(accessTokens, refreshTokens, opaque, ids, clock,
                settings.refreshTokenLifetime());

        this.registering = new RegisteringBuyer(users, hasher, tx, audit, ids, clock);
        SecondFactor secondFactor = new SecondFactor(users, cipher, totp, recoveryCodes, clock);
        LoginThrottle accountThrottle = new LoginThrottle(settings.loginFreeFailures(), settings.loginFirstLock(),
                Duration.ofHours(1));
        this.loggingIn = new LoggingIn(users, hasher, secondFactor, sessions,
                new JdbiIpLoginFailures(tx),
                accountThrottle,
                new LoginThrottle(settings.ipFreeFailures(), Duration.ofMinutes(5), Duration.ofHours(1)),
                notifier, tx, audit, clock);
        this.refreshing = new RefreshingSession(refreshTokens, users, sessions, tx, audit, clock);
        this.loggingOut = new LoggingOut(refreshTokens, tx, audit, clock);
        this.authenticating = new Authenticating(accessTokens, users);
        this.enrollingTotp = new EnrollingTotp(users, cipher, totp, recoveryCodes, secondFactor, opaque, accountThrottle,
                tx, audit, clock);
        this.resettingPassword = new ResettingPassword(users, new JdbiPasswordResets(tx), hasher, refreshTokens, notifier,
                opaque, tx, audit, ids, clock);
        this.administering = new AdministeringUsers(users, refreshTokens, notifier, tx, audit, clock);
        this.readingAudit = new ReadingAuditLog(new JdbiAuditLog(tx));
        this.creatingFirstAdmin = new CreatingFirstAdmin(users, hasher, cipher, totp, recoveryCodes, opaque, tx, audit,
                ids, clock);
        this.checkingStoredSecrets = new CheckingStoredSecrets(users, cipher);
    }

    /** Slow hashes for other secrets people hold, such as delivery PINs. */
    PasswordHasher hasher() {
        return hasher;
    }

    Notifier notifier() {
        return notifier;
    }

    public RegisteringBuyer registering() {
        return registering;
    }

    public LoggingIn loggingIn() {
        return loggingIn;
    }

    public RefreshingSession refreshing() {
        return refreshing;
    }

    public LoggingOut loggingOut() {
        return loggingOut;
    }

    public Authenticating authenticating() {
        return authenticating;
    }

    public EnrollingTotp enrollingTotp() {
        return enrollingTotp;
    }

    public ResettingPassword resettingPassword() {
        return resettingPassword;
    }

    public AdministeringUsers administering() {
        return administering;
    }

    public ReadingAuditLog readingAudit() {
        return readingAudit;
    }

    public CreatingFirstAdmin creatingFirstAdmin() {
        return creatingFirstAdmin;
    }

    public CheckingStoredSecrets checkingStoredSecrets() {
        return checkingStoredSecrets;
    }
}
