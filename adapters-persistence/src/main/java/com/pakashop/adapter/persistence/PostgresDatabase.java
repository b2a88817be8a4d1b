package com.pakashop.adapter.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * The connection pool and Jdbi over it. The pool gives up on a connection after the configured
 * time-out, so a request never hangs for long when PostgreSQL is away; it reconnects by itself.
 */
public final class PostgresDatabase implements AutoCloseable {
    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private PostgresDatabase(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = UtcInstants.registerOn(Jdbi.create(dataSource));
    }

    /** Opens the pool; fails at once with {@link DatabaseUnreachable} when PostgreSQL does not answer. */
    public static PostgresDatabase open(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("pakashop");
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.user());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setValidationTimeout(Math.min(settings.connectionTimeout().toMillis(), 1000));
        config.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, settings.connectionTimeout().toSeconds())));
        config.addDataSourceProperty("socketTimeout", "60");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        try {
            return new PostgresDatabase(new HikariDataSource(config));
        } catch (RuntimeException e) {
            throw new DatabaseUnreachable(settings, e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
