package com.pakashop.adapter.security;

import com.pakashop.application.identity.SecretCipher;
import com.pakashop.domain.shared.DependencyUnavailable;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM with a fresh 96-bit nonce per message (NIST SP 800-38D); stored as
 * {@code v1:base64(nonce || ciphertext || tag)} so the format can change later.
 */
public final class AesGcmSecretCipher implements SecretCipher {
    private static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Logger log = LoggerFactory.getLogger(AesGcmSecretCipher.class);
    static final String UNREADABLE = "A stored secret cannot be opened with this server's TOTP_ENCRYPTION_KEY "
            + "(it was sealed under another key); operators: run pakashop config check";

    private final SecretKeySpec key;
    private final SecureRandom random;
    /** Every sign-in of an affected account fails the same way: the cause is worth one log line, not thousands. */
    private final AtomicBoolean causeLogged = new AtomicBoolean();

    public AesGcmSecretCipher(byte[] key256, SecureRandom random) {
        if (key256.length != 32) {
            throw new IllegalArgumentException("AES-256 needs a 32-byte key");
        }
        this.key = new SecretKeySpec(key256, "AES");
        this.random = random;
    }

    @Override
    public String encrypt(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(plaintext);
            return PREFIX + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is available on every JVM", e);
        }
    }

    @Override
    public byte[] decrypt(String ciphertext) {
        try {
            if (!ciphertext.startsWith(PREFIX)) {
                throw new GeneralSecurityException("unknown secret format");
            }
            byte[] all = Base64.getDecoder().decode(ciphertext.substring(PREFIX.length()));
            if (all.length <= NONCE_BYTES) {
                throw new GeneralSecurityException("stored secret too short");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            if (causeLogged.compareAndSet(false, true)) {
                log.error("A stored secret failed its integrity check: TOTP_ENCRYPTION_KEY differs from the key that "
                        + "sealed it, or the row was altered. Further failures are not logged.", e);
            }
            throw new DependencyUnavailable("TOTP_ENCRYPTION_KEY", UNREADABLE, e);
        }
    }
}
