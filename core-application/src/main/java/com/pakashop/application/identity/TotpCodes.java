package com.pakashop.application.identity;

/** RFC 6238 time-based codes: 30-second steps, 6 digits, HMAC-SHA1 (what authenticator apps expect). */
public interface TotpCodes {

    String codeAt(byte[] secret, long timeStep);
}
