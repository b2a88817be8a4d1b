package com.pakashop.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(8192, 1, 1);

    @Test
    void hashesAreSaltedPhcStringsThatVerifyOnlyTheirPassword() {
        String first = hasher.hash("mango season in Kabwe");
        String second = hasher.hash("mango season in Kabwe");

        assertThat(first).startsWith("$argon2id$v=19$m=8192,t=1,p=1$").isNotEqualTo(second);
        assertThat(hasher.verify("mango season in Kabwe", first)).isTrue();
        assertThat(hasher.verify("mango season in Kitwe", first)).isFalse();
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifies() {
        String stronger = new Argon2idPasswordHasher(16384, 2, 1).hash("an older, stronger hash");

        assertThat(hasher.verify("an older, stronger hash", stronger)).isTrue();
    }

    @Test
    void aMalformedStoredHashNeverVerifies() {
        assertThat(hasher.verify("anything", "not-a-phc-string")).isFalse();
    }
}
