package com.pakashop.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.pakashop.application.operations.SchemaMigrations;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlywayMigrationsTest {

    @Test
    void theQuickScanFindsTheSameMigrationsFlywayDoes() {
        FlywayMigrations migrations = new FlywayMigrations(MigratedDatabase.get().dataSource());

        List<String> flyway = migrations.status().stream().map(SchemaMigrations.Migration::version).toList();

        assertThat(FlywayMigrations.availableVersions()).containsExactlyInAnyOrderElementsOf(flyway);
        assertThat(migrations.pending()).isZero();
    }

    @Test
    void aMigrationMissingFromTheHistoryIsPending() throws Exception {
        PostgresDatabase database = MigratedDatabase.get();
        FlywayMigrations migrations = new FlywayMigrations(database.dataSource());
        String newest = FlywayMigrations.availableVersions().stream()
                .max((a, b) -> Integer.compare(Integer.parseInt(a), Integer.parseInt(b))).orElseThrow();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("UPDATE flyway_schema_history SET success = false WHERE version = '" + newest + "'");
            assertThat(migrations.pending()).as("uncommitted: others still see it applied").isZero();
            c.commit();
            assertThat(migrations.pending()).isEqualTo(1);
            s.execute("UPDATE flyway_schema_history SET success = true WHERE version = '" + newest + "'");
            c.commit();
        }
        assertThat(migrations.pending()).isZero();
    }
}
