package com.pakashop.adapter.persistence;


import com.pakashop.application.identity.RefreshTokens;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Refresh tokens by hash; rotation is a conditional update, so two concurrent refreshes cannot both win. */
public final class JdbiRefreshTokens implements RefreshTokens {
    private final JdbiTransactions tx;

    public JdbiRefreshTokens(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(StoredRefreshToken token) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO refresh_tokens (id, family_id, user_id, token_hash, issued_at, expires_at)
                        VALUES (:id, :family, :user, :hash, :issued, :expires)""")
                .bind("id", token.id()).bind("family", token.familyId()).bind("user", token.userId())
                .bind("hash", token.tokenHash()).bind("issued", token.issuedAt())
                .bind("expires", token.expiresAt())
                .execute());
    }

    @Override
    public Optional<StoredRefreshToken> byHash(String tokenHash) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id, family_id, user_id, token_hash, issued_at, expires_at, rotated_at, revoked_at
                        FROM refresh_tokens WHERE token_hash = :hash""")
                .bind("hash", tokenHash)
                .map((rs, ctx) -> new StoredRefreshToken(rs.getObject("id", UUID.class), rs.getObject("family_id", UUID.class),
                        rs.getObject("user_id", UUID.class), rs.getString("token_hash"),
                        rs.getObject("issued_at", OffsetDateTime.class).toInstant(),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rs.getObject("rotated_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
                        Optional.ofNullable(rs.getObject("revoked_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant)))
                .findOne());
    }

    @Override
    public boolean rotate(UUID tokenId, Instant at) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE refresh_tokens SET rotated_at = :at
                        WHERE id = :id AND rotated_at IS NULL AND revoked_at IS NULL""")
                .bind("id", tokenId).bind("at", at).execute()) == 1;
    }

    @Override
    public void revokeFamily(UUID familyId, Instant at) {
        tx.withHandle(handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET revoked_at = :at WHERE family_id = :family AND revoked_at IS NULL")
                .bind("family", familyId).bind("at", at).execute());
    }

    @Override
    public void revokeAllOf(UUID userId, Instant at) {
        tx.withHandle(handle -> handle.createUpdate(
                        "UPDATE refresh_tokens SET revoked_at = :at WHERE user_id = :user AND revoked_at IS NULL")
                .bind("user", userId).bind("at", at).execute());
    }
}
