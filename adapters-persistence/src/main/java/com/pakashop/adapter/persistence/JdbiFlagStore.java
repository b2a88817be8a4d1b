package com.pakashop.adapter.persistence;


import com.pakashop.application.config.FlagStore;
import com.pakashop.domain.config.FeatureFlag;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Feature flags in PostgreSQL. */
public final class JdbiFlagStore implements FlagStore {
    private final JdbiTransactions tx;

    public JdbiFlagStore(JdbiTransactions tx) {
        this.tx = tx;
    }

    @Override
    public Optional<FeatureFlag> byName(String name) {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT name, enabled, changed_by, changed_at FROM feature_flags WHERE name = :name")
                .bind("name", name).map((rs, ctx) -> flag(rs)).findOne());
    }

    @Override
    public List<FeatureFlag> all() {
        return tx.withHandle(handle -> handle.createQuery(
                        "SELECT name, enabled, changed_by, changed_at FROM feature_flags ORDER BY name")
                .map((rs, ctx) -> flag(rs)).list());
    }

    @Override
    public void save(FeatureFlag flag) {
        tx.withHandle(handle -> handle.createUpdate("""
                        INSERT INTO feature_flags (name, enabled, changed_by, changed_at) VALUES (:name, :enabled, :by, :at)
                        ON CONFLICT (name) DO UPDATE SET enabled = EXCLUDED.enabled, changed_by = EXCLUDED.changed_by,
                                                         changed_at = EXCLUDED.changed_at""")
                .bind("name", flag.name()).bind("enabled", flag.enabled()).bind("by", flag.changedBy().orElseThrow())
                .bind("at", flag.changedAt().orElseThrow()).execute());
    }

    private static FeatureFlag flag(ResultSet rs) throws SQLException {
        return new FeatureFlag(rs.getString("name"), rs.getBoolean("enabled"), Optional.of(rs.getString("changed_by")),
                Optional.of(rs.getObject("changed_at", OffsetDateTime.class).toInstant()));
    }
}
