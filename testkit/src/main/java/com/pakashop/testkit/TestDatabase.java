package com.pakashop.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL database of this test JVM's own: created empty on first use, dropped when the
 * JVM exits. A developer's {@code pakashop} database is never touched. Databases left behind by
 * a JVM that was killed are dropped by the next run once they are an hour old.
 */
public final class TestDatabase {
    private static final String PREFIX = "pakashop_test_";
    private static final long STALE_AFTER_SECONDS = 3600;
    private static volatile TestDatabase shared;

    private final String host;
    private final int port;
    private final String user;
    private final String name;

    private TestDatabase(String host, int port, String user, String name) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.name = name;
    }

    /** The database of this JVM, created on the first call. */
    public static TestDatabase shared() {
        if (shared == null) {
            synchronized (TestDatabase.class) {
                if (shared == null) {
                    shared = create();
                }
            }
        }
        return shared;
    }

    private static TestDatabase create() {
        String host = setting("PAKASHOP_TEST_PG_HOST", "127.0.0.1");
        int port = Integer.parseInt(setting("PAKASHOP_TEST_PG_PORT", "5432"));
        String user = setting("PAKASHOP_TEST_PG_USER", "postgres");
        long now = System.currentTimeMillis() / 1000;
        String name = PREFIX + now + "_" + Integer.toHexString(ThreadLocalRandom.current().nextInt(1 << 24));
        TestDatabase database = new TestDatabase(host, port, user, name);
        database.dropStale(now);
        database.admin("CREATE DATABASE " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-" + name));
        return database;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String user() {
        return user;
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl(host, port);
    }

    /** The same database reached through another address, for example a test's TCP proxy. */
    public String jdbcUrl(String viaHost, int viaPort) {
        return "jdbc:postgresql://" + viaHost + ":" + viaPort + "/" + name;
    }

    /** The form operators write in DATABASE_URL. */
    public String databaseUrl() {
        return "postgresql://" + user + "@" + host + ":" + port + "/" + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, "");
    }

    private void drop() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void dropStale(long nowSeconds) {
        List<String> stale = new ArrayList<>();
        try (Connection c = adminConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
            while (rs.next()) {
                String candidate = rs.getString(1);
                if (createdBefore(candidate, nowSeconds - STALE_AFTER_SECONDS)) {
                    stale.add(candidate);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(unreachable(e), e);
        }
        stale.forEach(db -> admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)"));
    }

    private static boolean createdBefore(String databaseName, long cutoffSeconds) {
        String[] parts = databaseName.substring(PREFIX.length()).split("_");
        try {
            return Long.parseLong(parts[0]) < cutoffSeconds;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void admin(String sql) {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(unreachable(e), e);
        }
    }

    private Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(host, port).replace("/" + name, "/postgres"), user, "");
    }

    private String unreachable(SQLException e) {
        return "Test PostgreSQL at " + host + ":" + port + " as " + user + " failed: " + e.getMessage()
                + " (start it with: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start)";
    }

    static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
