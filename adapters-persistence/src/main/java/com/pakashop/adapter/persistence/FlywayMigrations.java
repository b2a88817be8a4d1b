package com.pakashop.adapter.persistence;

import com.pakashop.application.operations.SchemaMigrations;
import java.util.Arrays;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** The SQL files under {@code db/migration}, applied in version order by Flyway. */
public final class FlywayMigrations implements SchemaMigrations {
    private final Flyway flyway;

    public FlywayMigrations(DataSource dataSource) {
        this.flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .load();
    }

    @Override
    public int migrate() {
        return flyway.migrate().migrationsExecuted;
    }

    @Override
    public int pending() {
        return flyway.info().pending().length;
    }

    @Override
    public List<Migration> status() {
        return Arrays.stream(flyway.info().all())
                .map(m -> new Migration(m.getVersion() == null ? "repeatable" : m.getVersion().getVersion(),
                        m.getDescription(), m.getState().getDisplayName()))
                .toList();
    }
}
