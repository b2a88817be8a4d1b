package com.pakashop.adapter.persistence;

import java.net.URI;
import java.sql.SQLException;

/**
 * PostgreSQL could not be reached at start-up, or it answered that the database does not exist.
 * The message names host, port and database, never credentials, and says what to do.
 */
public final class DatabaseUnreachable extends RuntimeException {
    private static final String NO_SUCH_DATABASE = "3D000";

    private final String hostAndPort;

    public DatabaseUnreachable(DatabaseSettings settings, Throwable cause) {
        super(message(settings, cause), cause);
        this.hostAndPort = hostAndPort(settings.jdbcUrl());
    }

    private static String message(DatabaseSettings settings, Throwable cause) {
        String where = hostAndPort(settings.jdbcUrl());
        if (NO_SUCH_DATABASE.equals(sqlState(cause))) {
            String name = databaseName(settings.jdbcUrl());
            String[] hostPort = where.split(":");
            return "PostgreSQL at " + where + " answers, but the database " + name + " does not exist, create it with: "
                    + "createdb -h " + hostPort[0] + " -p " + hostPort[1] + " -U " + settings.user() + " " + name
                    + " (PAKASHOP_ENV=dev creates it by itself)";
        }
        return "PostgreSQL at " + where + " is not reachable: " + rootMessage(cause);
    }

    private static String sqlState(Throwable t) {
        for (Throwable c = t; c != null && c.getCause() != c; c = c.getCause()) {
            if (c instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    static String databaseName(String jdbcUrl) {
        try {
            return URI.create(jdbcUrl.substring("jdbc:".length())).getPath().substring(1);
        } catch (RuntimeException e) {
            return "(unparseable JDBC URL)";
        }
    }

    public String hostAndPort() {
        return hostAndPort;
    }

    static String hostAndPort(String jdbcUrl) {
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            return uri.getHost() + ":" + (uri.getPort() < 0 ? 5432 : uri.getPort());
        } catch (RuntimeException e) {
            return "(unparseable JDBC URL)";
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
