package com.pakashop.application.operations;

import java.util.List;

/** The database schema's versioned migrations: applied by every shell at start-up and by the CLI. */
public interface SchemaMigrations {

    /** Applies pending migrations; returns how many were applied. */
    int migrate();

    List<Migration> status();

    record Migration(String version, String description, String state) {
    }
}
