package com.pakashop.adapter.persistence;

import static com.pakashop.adapter.persistence.JdbiOutboxDeliveries.utc;

import com.pakashop.application.identity.IpLoginFailures;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** One row per address that failed recently; the upsert counts atomically under concurrency. */
public final class JdbiIpLoginFailures implements IpLoginFailures {
    private final JdbiTransactions tx;

    public JdbiIpLoginFailures(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<Instant> lockedUntil(String ip) {
        return tx.withHandle(handle -> handle.createQuery("SELECT locked_until FROM login_ip_failures WHERE ip = :ip")
                .bind("ip", ip)
                .map((rs, ctx) -> Optional.ofNullable(rs.getObject("locked_until", OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .findOne()
                .flatMap(lock -> lock));
    }

    @Override
    public int recordFailure(String ip, Instant at) {
        return tx.withHandle(handle -> handle.createQuery("""
                        INSERT INTO login_ip_failures (ip, failures, last_failure_at) VALUES (:ip, 1, :at)
                        ON CONFLICT (ip) DO UPDATE
                        SET failures = login_ip_failures.failures + 1, last_failure_at = :at
                        RETURNING failures""")
                .bind("ip", ip).bind("at", utc(at)).mapTo(Integer.class).one());
    }

    @Override
    public void lock(String ip, Instant until) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE login_ip_failures SET locked_until = :until WHERE ip = :ip")
                .bind("ip", ip).bind("until", utc(until)).execute());
    }

    @Override
    public void clear(String ip) {
        tx.withHandle(handle -> handle.createUpdate("DELETE FROM login_ip_failures WHERE ip = :ip").bind("ip", ip).execute());
    }
}
