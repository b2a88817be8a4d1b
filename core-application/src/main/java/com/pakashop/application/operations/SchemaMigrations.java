package com.pakashop.application.operations;

import java.util.List;

/** The database schema's versioned migrations: applied by every shell at start-up and by the CLI. */
public interface SchemaMigrations {

    /** Applies pending migrations; returns how many were applied. */
    int migrate();

    List<Migration> status();

    /** How many migrations this build has that the database has not applied yet. */
    int pending();

    record Migration(String version, String description, String state) {
    }
}
