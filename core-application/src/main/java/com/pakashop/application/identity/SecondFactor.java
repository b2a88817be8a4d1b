package com.pakashop.application.identity;

import com.pakashop.domain.identity.UserAccount;
import com.pakashop.domain.shared.Conflict;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The second factor at sign-in: a TOTP code, or one of the recovery codes. A TOTP step, once
 * used, is recorded so the same code cannot sign in twice.
 */
public final class SecondFactor {
    private final Users users;
    private final SecretCipher cipher;
    private final TotpVerification totp;
    private final RecoveryCodes recoveryCodes;
    private final Clock clock;

    public SecondFactor(Users users, SecretCipher cipher, TotpVerification totp, RecoveryCodes recoveryCodes, Clock clock) {
        this.users = users;
        this.cipher = cipher;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.clock = clock;
    }

    /** The account after the code was accepted, or empty if it was not. */
    public Optional<UserAccount> check(UserAccount user, String code) {
        String trimmed = code.strip();
        if (trimmed.length() == 11 && trimmed.charAt(5) == '-') {
            boolean used = recoveryCodes.use(user.id(), OpaqueTokens.hash(trimmed.toUpperCase(java.util.Locale.ROOT)),
                    clock.instant());
            return used ? Optional.of(user) : Optional.empty();
        }
        byte[] secret = cipher.decrypt(user.totpSecret().orElseThrow());
        OptionalLong step = totp.matchingStep(secret, trimmed, user.totpLastStep());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(users.update(user.withTotpStepUsed(step.getAsLong())));
        } catch (Conflict concurrentUse) {
            return Optional.empty();
        }
    }
}
