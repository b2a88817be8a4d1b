package com.pakashop.application.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens, stored as hashes only. Tokens of one login form a family; each refresh rotates
 * the token within its family.
 */
public interface RefreshTokens {

    void add(StoredRefreshToken token);

    Optional<StoredRefreshToken> byHash(String tokenHash);

    /** Marks the token used; false if it was already rotated or revoked (a replay). */
    boolean rotate(UUID tokenId, Instant at);

    void revokeFamily(UUID familyId, Instant at);

    void revokeAllOf(UUID userId, Instant at);

    record StoredRefreshToken(UUID id, UUID familyId, UUID userId, String tokenHash, Instant issuedAt,
                              Instant expiresAt, Optional<Instant> rotatedAt, Optional<Instant> revokedAt) {
        public boolean usable(Instant now) {
            return rotatedAt.isEmpty() && revokedAt.isEmpty() && now.isBefore(expiresAt);
        }
    }
}
