package com.pakashop.adapter.persistence;

import com.pakashop.testkit.TestDatabase;
import java.time.Duration;

/** This JVM's throw-away database, migrated once, shared by the tests of this module. */
final class MigratedDatabase {
    private static PostgresDatabase database;

    private MigratedDatabase() {
    }

    static synchronized PostgresDatabase get() {
        if (database == null) {
            database = open(TestDatabase.shared().jdbcUrl());
            new FlywayMigrations(database.dataSource()).migrate();
        }
        return database;
    }

    static PostgresDatabase open(String jdbcUrl) {
        return PostgresDatabase.open(new DatabaseSettings(jdbcUrl, TestDatabase.shared().user(), "", 4,
                Duration.ofSeconds(2)));
    }
}
