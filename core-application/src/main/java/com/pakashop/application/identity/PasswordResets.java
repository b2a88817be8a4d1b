package com.pakashop.application.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One-time password-reset codes, stored hashed, with an attempt counter. */
public interface PasswordResets {

    void add(UUID id, UUID userId, String codeHash, Instant createdAt, Instant expiresAt);

    int issuedSince(UUID userId, Instant since);

    /** The newest unused, unexpired code of the user. */
    Optional<PendingReset> latestOpen(UUID userId, Instant now);

    void countAttempt(UUID resetId);

    void markUsed(UUID resetId, Instant at);

    record PendingReset(UUID id, String codeHash, int attempts) {
    }
}
