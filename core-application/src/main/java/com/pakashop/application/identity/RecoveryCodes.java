package com.pakashop.application.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Single-use MFA recovery codes, stored hashed. */
public interface RecoveryCodes {

    void replaceAll(UUID userId, List<String> codeHashes);

    /** Uses the code if it exists and is unused; false otherwise. */
    boolean use(UUID userId, String codeHash, Instant at);
}
