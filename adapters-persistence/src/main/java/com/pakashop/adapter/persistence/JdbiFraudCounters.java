package com.pakashop.adapter.persistence;

import com.pakashop.application.fraud.FraudCounters;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Fixed-window attempt counters in PostgreSQL: one upsert per attempt, windows older than two are cleared as we go. */
public final class JdbiFraudCounters implements FraudCounters {
    private final JdbiTransactions tx;
    private final Clock clock;

    public JdbiFraudCounters(JdbiTransactions tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    @Override
    public List<Long> attempts(List<String> keys, Duration window) {
        long windowStart = clock.millis() / window.toMillis();
        return keys.stream().map(key -> attempt(key, windowStart)).toList();
    }

    private long attempt(String key, long windowStart) {
        return tx.withHandle(handle -> {
            handle.createUpdate("DELETE FROM fraud_counters WHERE key = :key AND window_start < :old")
                    .bind("key", key).bind("old", windowStart - 1).execute();
            return handle.createQuery("""
                            INSERT INTO fraud_counters (key, window_start, attempts) VALUES (:key, :window, 1)
                            ON CONFLICT (key, window_start) DO UPDATE SET attempts = fraud_counters.attempts + 1
                            RETURNING attempts""")
                    .bind("key", key).bind("window", windowStart).mapTo(Long.class).one();
        });
    }
}
