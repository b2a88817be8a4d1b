package com.pakashop.application.identity;

/** Authenticated encryption of small secrets at rest (TOTP seeds) under TOTP_ENCRYPTION_KEY. */
public interface SecretCipher {

    String encrypt(byte[] plaintext);

    byte[] decrypt(String ciphertext);
}
