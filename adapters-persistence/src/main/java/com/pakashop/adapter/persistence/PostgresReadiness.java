package com.pakashop.adapter.persistence;

import com.pakashop.application.health.ComponentHealth;
import com.pakashop.application.health.ReadinessProbe;
import com.pakashop.domain.shared.DependencyUnavailable;
import org.jdbi.v3.core.JdbiException;

/** Ready when PostgreSQL answers a trivial query within the pool's connection time-out. */
public final class PostgresReadiness implements ReadinessProbe {
    private final JdbiTransactions tx;

    public PostgresReadiness(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public String component() {
        return "database";
    }

    @Override
    public ComponentHealth check() {
        try {
            tx.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
            return ComponentHealth.up("answering");
        } catch (DependencyUnavailable | JdbiException e) {
            return ComponentHealth.down("not answering");
        }
    }
}
