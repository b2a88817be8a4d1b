package com.pakashop.adapter.persistence;


import com.pakashop.application.identity.IpLoginFailures;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * One row per address that failed recently; the upsert counts atomically under concurrency. A
 * quiet quarter of an hour starts the count again, so a shared address (a campus, a carrier NAT)
 * is not locked out by failures spread over days.
 */
public final class JdbiIpLoginFailures implements IpLoginFailures {
    private static final Duration WINDOW = Duration.ofMinutes(15);

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
                        SET failures = CASE WHEN login_ip_failures.last_failure_at < :windowStart THEN 1
                                            ELSE login_ip_failures.failures + 1 END,
                            last_failure_at = :at
                        RETURNING failures""")
                .bind("ip", ip).bind("at", at).bind("windowStart", at.minus(WINDOW))
                .mapTo(Integer.class).one());
    }

    @Override
    public void lock(String ip, Instant until) {
        tx.withHandle(handle -> handle.createUpdate("UPDATE login_ip_failures SET locked_until = :until WHERE ip = :ip")
                .bind("ip", ip).bind("until", until).execute());
    }

    @Override
    public void clear(String ip) {
        tx.withHandle(handle -> handle.createUpdate("DELETE FROM login_ip_failures WHERE ip = :ip").bind("ip", ip).execute());
    }
}
