package com.pakashop.application.identity;

import com.pakashop.application.audit.Auditing;
import com.pakashop.application.shared.RequestContext;
import com.pakashop.application.shared.Transactions;
import com.pakashop.domain.identity.Permission;
import com.pakashop.domain.identity.Principal;
import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Conflict;
import com.pakashop.domain.shared.Forbidden;
import com.pakashop.domain.shared.NotFound;
import com.pakashop.domain.shared.ValidationFailed;
import com.pakashop.domain.identity.LoginThrottle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Two steps: {@link #start} makes a secret and keeps it pending; {@link #confirm} activates it once
 * the person proves their app produces codes from it, and hands out ten single-use recovery codes.
 */
public final class EnrollingTotp {
    private static final int RECOVERY_CODES = 10;

    private final Users users;
    private final SecretCipher cipher;
    private final TotpVerification totp;
    private final RecoveryCodes recoveryCodes;
    private final SecondFactor secondFactor;
    private final OpaqueTokens opaque;
    private final LoginThrottle throttle;
    private final Transactions tx;
    private final Auditing audit;
    private final Clock clock;

    public EnrollingTotp(Users users, SecretCipher cipher, TotpVerification totp, RecoveryCodes recoveryCodes,
                         SecondFactor secondFactor, OpaqueTokens opaque, LoginThrottle throttle, Transactions tx,
                         Auditing audit, Clock clock) {
        this.users = users;
        this.cipher = cipher;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.secondFactor = secondFactor;
        this.opaque = opaque;
        this.throttle = throttle;
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    public Enrolment start(Principal caller, RequestContext context) {
        UserAccount user = enrollable(caller);
        if (user.mfaEnabled()) {
            throw new Conflict("TOTP is already active on this account");
        }
        byte[] secret = opaque.newTotpSecret();
        tx.inTransaction(() -> {
            users.update(user.withPendingTotp(cipher.encrypt(secret)));
            audit.record("MFA_ENROLMENT_STARTED", caller.describe(), "user:" + user.id(), context, Map.of());
        });
        String base32 = Base32.encode(secret);
        return new Enrolment(base32, TotpUri.of(user, base32));
    }

    public List<String> confirm(Principal caller, String code, RequestContext context) {
        UserAccount user = enrollable(caller);
        String pending = user.pendingTotpSecret()
                .orElseThrow(() -> new Conflict("Start TOTP enrolment first"));
        OptionalLong step = totp.matchingStep(cipher.decrypt(pending), code, user.totpLastStep());
        if (step.isEmpty()) {
            throw ValidationFailed.of("code", "does not match; check the time on your phone and try the next code");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            codes.add(opaque.newRecoveryCode());
        }
        tx.inTransaction(() -> {
            users.update(user.withConfirmedTotp(step.getAsLong()));
            recoveryCodes.replaceAll(user.id(), codes.stream().map(OpaqueTokens::hash).toList());
            audit.record("MFA_ENROLLED", caller.describe(), "user:" + user.id(), context, Map.of());
        });
        return List.copyOf(codes);
    }

    /**
     * Turns TOTP off with a current code (or a recovery code), so a stolen session alone cannot
     * remove the second factor. Roles that must have TOTP cannot turn it off.
     */
    public void disable(Principal caller, String code, RequestContext context) {
        caller.require(Permission.MFA_MANAGE_OWN);
        UserAccount user = users.byId(caller.self()).orElseThrow(() -> new NotFound("No such account"));
        user.withoutTotp(); // refuse before checking the code, so a mandatory role learns why at once
        if (user.lockedAt(clock.instant())) {
            throw new Forbidden("Too many wrong codes; try again later");
        }
        Optional<UserAccount> checked = secondFactor.check(user, code == null ? "" : code);
        if (checked.isEmpty()) {
            // wrong codes count like failed sign-ins, so a stolen session cannot guess its way to turning TOTP off
            tx.inTransaction(() -> {
                UserAccount current = users.byIdForUpdate(user.id()).orElseThrow();
                users.update(current.failedLogin(throttle.lockAfter(current.failedLogins() + 1), clock.instant()));
                audit.record("MFA_DISABLE_FAILED", caller.describe(), "user:" + user.id(), context, Map.of());
            });
            throw ValidationFailed.of("code", "does not match a current TOTP code or an unused recovery code");
        }
        UserAccount verified = checked.get();
        tx.inTransaction(() -> {
            UserAccount current = users.byIdForUpdate(verified.id()).orElseThrow().withoutTotp();
            users.update(current);
            recoveryCodes.replaceAll(current.id(), List.of());
            audit.record("MFA_DISABLED", caller.describe(), "user:" + current.id(), context, Map.of());
        });
    }

    /** Enrolment-only principals may do exactly this; signed-in users need MFA_MANAGE_OWN. */
    private UserAccount enrollable(Principal caller) {
        if (caller.kind() != Principal.Kind.ENROLMENT && !caller.can(Permission.MFA_MANAGE_OWN)) {
            throw new Forbidden("You may not manage TOTP");
        }
        return users.byId(caller.self()).orElseThrow(() -> new NotFound("No such account"));
    }

    /** The secret for manual entry and the URI for a QR code; shown once. */
    public record Enrolment(String secret, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[hidden]";
        }
    }
}
