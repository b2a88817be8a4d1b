package com.pakashop.testkit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL database of this test JVM's own: created empty on first use, dropped when the
 * JVM exits. A developer's {@code pakashop} database is never touched. Databases left behind by
 * a JVM that was killed are dropped by the next run once they are an hour old, no session is
 * connected to them and their name is exactly one this prefix makes; on a server shared with other
 * projects, set {@code PAKASHOP_TEST_DB_PREFIX} to keep each to its own.
 */
public final class TestDatabase {
    private static final String PREFIX = prefix();
    private static final Pattern OWN_NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d{10})_[0-9a-f]{1,6}");
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

    private static String prefix() {
        String prefix = setting("PAKASHOP_TEST_DB_PREFIX", "pakashop_test_");
        if (!prefix.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalStateException("PAKASHOP_TEST_DB_PREFIX must be lower-case letters, digits and _ "
                    + "starting with a letter (got '" + prefix + "')");
        }
        return prefix;
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

    /** Drops a database a test had the application create under this one's name plus {@code suffix}. */
    public void dropDerived(String suffix) {
        if (!suffix.matches("_[a-z0-9_]{1,20}")) {
            throw new IllegalArgumentException("suffix must be _ then lower-case letters, digits or _");
        }
        admin("DROP DATABASE IF EXISTS " + name + suffix + " WITH (FORCE)");
    }

    private void drop() {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    void dropStale(long nowSeconds) {
        List<String> stale = new ArrayList<>();
        try (Connection c = adminConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT d.datname FROM pg_database d
                      WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity a WHERE a.datname = d.datname)""")) {
            while (rs.next()) {
                String candidate = rs.getString(1);
                if (ownedAndCreatedBefore(candidate, nowSeconds - STALE_AFTER_SECONDS)) {
                    stale.add(candidate);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(unreachable(e), e);
        }
        // without FORCE: a run that connected since the look-up keeps its database
        stale.forEach(db -> dropQuietly("DROP DATABASE IF EXISTS " + db));
    }

    static boolean ownedAndCreatedBefore(String databaseName, long cutoffSeconds) {
        Matcher own = OWN_NAME.matcher(databaseName);
        return own.matches() && Long.parseLong(own.group(1)) < cutoffSeconds;
    }

    private void dropQuietly(String sql) {
        try (Connection c = adminConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException inUse) {
            // someone connected after all: it is theirs to drop
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
