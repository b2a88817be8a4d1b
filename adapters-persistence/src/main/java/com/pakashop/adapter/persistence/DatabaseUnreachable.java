package com.pakashop.adapter.persistence;

import java.net.URI;

/** PostgreSQL could not be reached at start-up. The message names host and port, never credentials. */
public final class DatabaseUnreachable extends RuntimeException {
    private final String hostAndPort;

    public DatabaseUnreachable(String jdbcUrl, Throwable cause) {
        super("PostgreSQL at " + hostAndPort(jdbcUrl) + " is not reachable: " + rootMessage(cause), cause);
        this.hostAndPort = hostAndPort(jdbcUrl);
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
