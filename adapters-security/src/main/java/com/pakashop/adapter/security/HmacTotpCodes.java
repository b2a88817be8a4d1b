package com.pakashop.adapter.security;

import com.eatthepath.otp.HmacOneTimePasswordGenerator;
import com.pakashop.application.identity.TotpCodes;
import java.security.InvalidKeyException;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** TOTP is HOTP over the time-step counter (RFC 6238 §4.2); java-otp computes the HOTP part. */
public final class HmacTotpCodes implements TotpCodes {
    private final HmacOneTimePasswordGenerator hotp = new HmacOneTimePasswordGenerator(6);

    @Override
    public String codeAt(byte[] secret, long timeStep) {
        try {
            return hotp.generateOneTimePasswordString(new SecretKeySpec(secret, "HmacSHA1"), timeStep, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("a TOTP secret of any length is a valid HMAC key", e);
        }
    }
}
