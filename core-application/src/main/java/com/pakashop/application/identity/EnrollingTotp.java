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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    private final OpaqueTokens opaque;
    private final Transactions tx;
    private final Auditing audit;

    public EnrollingTotp(Users users, SecretCipher cipher, TotpVerification totp, RecoveryCodes recoveryCodes,
                         OpaqueTokens opaque, Transactions tx, Auditing audit) {
        this.users = users;
        this.cipher = cipher;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.opaque = opaque;
        this.tx = tx;
        this.audit = audit;
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
