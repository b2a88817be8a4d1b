package com.pakashop.domain.identity;

import com.pakashop.domain.shared.Conflict;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A person's account. Immutable: each change returns the next state, which the repository saves
 * against {@code version} so two concurrent changes cannot overwrite each other.
 * {@code sessionEpoch} grows whenever every session must end (suspension, password reset); access
 * tokens carry the epoch they were issued in.
 */
public record UserAccount(UUID id, String name, PhoneNumber phone, Optional<EmailAddress> email, String passwordHash,
                          Set<Role> roles, Status status, int failedLogins, Optional<Instant> lockedUntil,
                          int sessionEpoch, Optional<String> totpSecret, Optional<String> pendingTotpSecret,
                          long totpLastStep, Instant createdAt, int version) {

    public UserAccount {
        roles = Set.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    public static UserAccount register(UUID id, String name, PhoneNumber phone, Optional<EmailAddress> email,
                                       String passwordHash, Set<Role> roles, Instant now) {
        return new UserAccount(id, name, phone, email, passwordHash, roles, Status.ACTIVE, 0, Optional.empty(), 0,
                Optional.empty(), Optional.empty(), 0, now, 0);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil.map(now::isBefore).orElse(false);
    }

    public boolean mfaEnabled() {
        return totpSecret.isPresent();
    }

    public boolean mfaMandatory() {
        return roles.stream().anyMatch(Role::requiresMfa);
    }

    /** One more failed login; {@code lock} is the throttle's answer for the new count. */
    public UserAccount failedLogin(Optional<Duration> lock, Instant now) {
        return new UserAccount(id, name, phone, email, passwordHash, roles, status, failedLogins + 1,
                lock.map(now::plus).or(() -> lockedUntil), sessionEpoch, totpSecret, pendingTotpSecret, totpLastStep,
                createdAt, version);
    }

    public UserAccount succeededLogin() {
        return new UserAccount(id, name, phone, email, passwordHash, roles, status, 0, Optional.empty(), sessionEpoch,
                totpSecret, pendingTotpSecret, totpLastStep, createdAt, version);
    }

    public UserAccount withRoles(Set<Role> newRoles) {
        return new UserAccount(id, name, phone, email, passwordHash, newRoles, status, failedLogins, lockedUntil,
                sessionEpoch, totpSecret, pendingTotpSecret, totpLastStep, createdAt, version);
    }

    public UserAccount suspended() {
        if (status == Status.SUSPENDED) {
            throw new Conflict("The account is already suspended");
        }
        return new UserAccount(id, name, phone, email, passwordHash, roles, Status.SUSPENDED, failedLogins, lockedUntil,
                sessionEpoch + 1, totpSecret, pendingTotpSecret, totpLastStep, createdAt, version);
    }

    public UserAccount reinstated() {
        if (status == Status.ACTIVE) {
            throw new Conflict("The account is not suspended");
        }
        return new UserAccount(id, name, phone, email, passwordHash, roles, Status.ACTIVE, 0, Optional.empty(),
                sessionEpoch, totpSecret, pendingTotpSecret, totpLastStep, createdAt, version);
    }

    /** A new password ends every session and clears any lock-out. */
    public UserAccount withPassword(String newHash) {
        return new UserAccount(id, name, phone, email, newHash, roles, status, 0, Optional.empty(), sessionEpoch + 1,
                totpSecret, pendingTotpSecret, totpLastStep, createdAt, version);
    }

    public UserAccount withPendingTotp(String encryptedSecret) {
        return new UserAccount(id, name, phone, email, passwordHash, roles, status, failedLogins, lockedUntil,
                sessionEpoch, totpSecret, Optional.of(encryptedSecret), totpLastStep, createdAt, version);
    }

    public UserAccount withConfirmedTotp(long usedStep) {
        String pending = pendingTotpSecret.orElseThrow(() -> new Conflict("Start TOTP enrolment first"));
        return new UserAccount(id, name, phone, email, passwordHash, roles, status, failedLogins, lockedUntil,
                sessionEpoch, Optional.of(pending), Optional.empty(), usedStep, createdAt, version);
    }

    /** Turning TOTP off is refused for roles that must have it. */
    public UserAccount withoutTotp() {
        if (mfaMandatory()) {
            throw new com.pakashop.domain.shared.Forbidden("Your role requires TOTP; it cannot be turned off");
        }
        if (!mfaEnabled()) {
            throw new Conflict("TOTP is not active on this account");
        }
        return new UserAccount(id, name, phone, email, passwordHash, roles, status, failedLogins, lockedUntil,
                sessionEpoch, Optional.empty(), Optional.empty(), totpLastStep, createdAt, version);
    }

    public UserAccount withTotpStepUsed(long step) {
        return new UserAccount(id, name, phone, email, passwordHash, roles, status, failedLogins, lockedUntil,
                sessionEpoch, totpSecret, pendingTotpSecret, step, createdAt, version);
    }

    public enum Status { ACTIVE, SUSPENDED }
}
