package com.pakashop.adapter.persistence;


import com.pakashop.application.ordering.IdempotencyKeys;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The insert waits on the unique key while another transaction holds the same key, so two
 * simultaneous retries cannot both do the work; the loser reads what the winner committed.
 */
public final class JdbiIdempotencyKeys implements IdempotencyKeys {
    private final JdbiTransactions tx;

    public JdbiIdempotencyKeys(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Claimed> claim(String scope, String key, String requestHash, UUID result, Instant expiresAt) {
        return tx.withHandle(handle -> {
            boolean inserted = handle.createUpdate("""
                            INSERT INTO idempotency_records (scope, key, request_hash, result_id, created_at, expires_at)
                            VALUES (:scope, :key, :hash, :result, now(), :expires)
                            ON CONFLICT (scope, key) DO NOTHING""")
                    .bind("scope", scope).bind("key", key).bind("hash", requestHash).bind("result", result)
                    .bind("expires", expiresAt).execute() == 1;
            if (inserted) {
                return Optional.<Claimed>empty();
            }
            return handle.createQuery("SELECT request_hash, result_id FROM idempotency_records WHERE scope = :scope AND key = :key")
                    .bind("scope", scope).bind("key", key)
                    .map((rs, ctx) -> new Claimed(rs.getString("request_hash"), rs.getObject("result_id", UUID.class)))
                    .findOne();
        });
    }
}
