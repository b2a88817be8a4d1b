package com.pakashop.application.identity;

import java.time.Clock;
import java.util.OptionalLong;

/**
 * Checks a TOTP code against the current 30-second step and one step either side (RFC 6238 §5.2
 * clock drift). Returns the matched step, which must be later than the last used one: a code
 * cannot be replayed within its window.
 */
public final class TotpVerification {
    static final long STEP_SECONDS = 30;

    private final TotpCodes codes;
    private final Clock clock;

    public TotpVerification(TotpCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    public OptionalLong matchingStep(byte[] secret, String code, long lastUsedStep) {
        if (code == null || !code.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long now = clock.instant().getEpochSecond() / STEP_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (step > lastUsedStep && java.security.MessageDigest.isEqual(
                    codes.codeAt(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    code.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    public long currentStep() {
        return clock.instant().getEpochSecond() / STEP_SECONDS;
    }
}
