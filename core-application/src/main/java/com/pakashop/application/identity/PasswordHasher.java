package com.pakashop.application.identity;

/** Slow, salted password hashing (Argon2id). Callers check the length limit first. */
public interface PasswordHasher {

    String hash(String password);

    boolean verify(String password, String hash);

    /** Spends the same time as a real verification, so a missing account cannot be told apart by timing. */
    void verifyAgainstNothing(String password);
}
