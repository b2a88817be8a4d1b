package com.pakashop.adapter.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import com.pakashop.application.identity.PasswordHasher;

/**
 * Argon2id (RFC 9106) through password4j. Hashes are PHC strings carrying their own parameters, so
 * raising the cost later only affects new hashes while old ones still verify.
 */
public final class Argon2idPasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final int memoryKib;
    private final int iterations;
    private final int parallelism;
    /**
     * Both made at first use, not at start-up: a CLI command that hashes nothing should not pay
     * password4j's start-up or a dummy hash.
     */
    private volatile Argon2Function function;
    private volatile String dummyHash;

    public Argon2idPasswordHasher(int memoryKib, int iterations, int parallelism) {
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.parallelism = parallelism;
    }

    @Override
    public String hash(String password) {
        return Password.hash(password).addRandomSalt(SALT_BYTES).with(function()).getResult();
    }

    private Argon2Function function() {
        Argon2Function made = function;
        if (made == null) {
            made = Argon2Function.getInstance(memoryKib, iterations, parallelism, HASH_BYTES, Argon2.ID);
            function = made;
        }
        return made;
    }

    @Override
    public boolean verify(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    @Override
    public void verifyAgainstNothing(String password) {
        verify(password, dummyHash());
    }

    private String dummyHash() {
        String made = dummyHash;
        if (made == null) {
            synchronized (this) {
                if (dummyHash == null) {
                    dummyHash = hash("a password nobody has, hashed once so misses cost the same as hits");
                }
                made = dummyHash;
            }
        }
        return made;
    }
}
