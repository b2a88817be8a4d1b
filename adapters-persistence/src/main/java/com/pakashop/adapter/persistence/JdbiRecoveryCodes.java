package com.pakashop.adapter.persistence;


import com.pakashop.application.identity.RecoveryCodes;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.statement.PreparedBatch;

/** Hashed recovery codes; using one is a conditional update, so a code works exactly once. */
public final class JdbiRecoveryCodes implements RecoveryCodes {
    private final JdbiTransactions tx;

    public JdbiRecoveryCodes(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public void replaceAll(UUID userId, List<String> codeHashes) {
        tx.inTransaction(() -> tx.withHandle(handle -> {
            handle.createUpdate("DELETE FROM recovery_codes WHERE user_id = :user").bind("user", userId).execute();
            PreparedBatch batch = handle.prepareBatch("INSERT INTO recovery_codes (user_id, code_hash) VALUES (:user, :hash)");
            codeHashes.forEach(hash -> batch.bind("user", userId).bind("hash", hash).add());
            return batch.execute();
        }));
    }

    @Override
    public boolean use(UUID userId, String codeHash, Instant at) {
        return tx.withHandle(handle -> handle.createUpdate("""
                        UPDATE recovery_codes SET used_at = :at
                        WHERE user_id = :user AND code_hash = :hash AND used_at IS NULL""")
                .bind("user", userId).bind("hash", codeHash).bind("at", at).execute()) == 1;
    }
}
