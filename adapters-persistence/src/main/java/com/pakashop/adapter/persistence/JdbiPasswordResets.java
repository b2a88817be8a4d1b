package com.pakashop.adapter.persistence;


import com.pakashop.application.identity.PasswordResets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Password-reset codes, hashed, newest first. */
public final class JdbiPasswordResets implements PasswordResets {
    private final JdbiTransactions tx;

    public JdbiPasswordResets(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void add(UUID id, UUID userId, String codeHash, Instant createdAt, Instant expiresAt) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO password_resets (id, user_id, code_hash, created_at, expires_at)
                        VALUES (:id, :user, :hash, :created, :expires)""")
                .bind("id", id).bind("user", userId).bind("hash", codeHash)
                .bind("created", createdAt).bind("expires", expiresAt).execute());
    }

    @Override
    public int issuedSince(UUID userId, Instant since) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT count(*) FROM password_resets WHERE user_id = :user AND created_at >= :since")
                .bind("user", userId).bind("since", since).mapTo(Integer.class).one());
    }

    @Override
    public Optional<PendingReset> latestOpen(UUID userId, Instant now) {
        return tx.withHandle(handle -> handle.createQuery("""
                        SELECT id, code_hash, attempts FROM password_resets
                        WHERE user_id = :user AND used_at IS NULL AND expires_at > :now
                        ORDER BY created_at DESC LIMIT 1 FOR UPDATE""")
                .bind("user", userId).bind("now", now)
                .map((rs, ctx) -> new PendingReset(rs.getObject("id", UUID.class), rs.getString("code_hash"),
                        rs.getInt("attempts")))
                .findOne());
    }

    @Override
    public void countAttempt(UUID resetId) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE password_resets SET attempts = attempts + 1 WHERE id = :id")
                .bind("id", resetId).execute());
    }

    @Override
    public void markUsed(UUID resetId, Instant at) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE password_resets SET used_at = :at WHERE id = :id")
                .bind("id", resetId).bind("at", at).execute());
    }
}
