package com.pakashop.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pakashop.domain.shared.DependencyUnavailable;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AesGcmSecretCipherTest {
    private final byte[] key = new byte[32];
    private final AesGcmSecretCipher cipher = new AesGcmSecretCipher(key, new SecureRandom());

    @Test
    void aSecretComesBackAsItWentIn() {
        byte[] secret = "a TOTP seed of twenty".getBytes(StandardCharsets.US_ASCII);

        String sealed = cipher.encrypt(secret);

        assertThat(sealed).startsWith("v1:").doesNotContain("TOTP");
        assertThat(cipher.decrypt(sealed)).isEqualTo(secret);
    }

    @Test
    void theSameSecretEncryptsDifferentlyEachTime() {
        byte[] secret = new byte[20];

        assertThat(cipher.encrypt(secret)).isNotEqualTo(cipher.encrypt(secret));
    }

    @Test
    void aTamperedCiphertextOrAnotherKeyIsDetected() {
        String sealed = cipher.encrypt(new byte[20]);
        byte[] raw = Base64.getDecoder().decode(sealed.substring(3));
        raw[raw.length - 1] ^= 1;
        String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(DependencyUnavailable.class);
        assertThatThrownBy(() -> new AesGcmSecretCipher(otherKey, new SecureRandom()).decrypt(sealed))
                .isInstanceOf(DependencyUnavailable.class)
                .hasMessageContaining("cannot be opened with this server's TOTP_ENCRYPTION_KEY");
        assertThatThrownBy(() -> cipher.decrypt("v1:not base64!")).isInstanceOf(DependencyUnavailable.class);
        assertThatThrownBy(() -> cipher.decrypt("v9:AAAA")).isInstanceOf(DependencyUnavailable.class);
    }
}
