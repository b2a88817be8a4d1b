package com.pakashop.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {
    private static final long NOW = 2_000_000_000L;
    /** Late enough that the names below are stale, early enough that this JVM's own database is not. */
    private static final long BEFORE_THIS_RUN = 1_500_000_000L;

    @Test
    void onlyNamesThisPrefixMakesAndOlderThanAnHourAreStale() {
        assertThat(TestDatabase.ownedAndCreatedBefore("pakashop_test_1700000000_abc123", NOW)).isTrue();
        assertThat(TestDatabase.ownedAndCreatedBefore("pakashop_test_2100000000_abc123", NOW)).isFalse();
        assertThat(TestDatabase.ownedAndCreatedBefore("pakashop_test_1700000000_abc123_copy", NOW)).isFalse();
        assertThat(TestDatabase.ownedAndCreatedBefore("pakashop_test_reports", NOW)).isFalse();
        assertThat(TestDatabase.ownedAndCreatedBefore("other_pakashop_test_1700000000_abc123", NOW)).isFalse();
        assertThat(TestDatabase.ownedAndCreatedBefore("pakashop", NOW)).isFalse();
    }

    @Test
    void aStaleDatabaseWithSomeoneConnectedIsKeptAndAnIdleOneIsDropped() throws SQLException {
        TestDatabase own = TestDatabase.shared();
        String idle = "pakashop_test_1000000000_aaaaa1";
        String busy = "pakashop_test_1000000000_bbbbb2";
        String foreign = "pakashop_test_1000000000_ccccc3_kept";
        for (String name : new String[] {idle, busy, foreign}) {
            admin(own, "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            admin(own, "CREATE DATABASE " + name);
        }
        try (Connection holding = DriverManager.getConnection(own.jdbcUrl().replace(own.name(), busy), own.user(), "")) {
            own.dropStale(BEFORE_THIS_RUN);

            assertThat(exists(own, idle)).isFalse();
            assertThat(exists(own, busy)).isTrue();
            assertThat(exists(own, foreign)).isTrue();
            assertThat(holding.isValid(5)).isTrue();
        } finally {
            admin(own, "DROP DATABASE IF EXISTS " + busy + " WITH (FORCE)");
            admin(own, "DROP DATABASE IF EXISTS " + foreign + " WITH (FORCE)");
        }
    }

    private static boolean exists(TestDatabase db, String name) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname = '" + name + "'")) {
            rs.next();
            return rs.getInt(1) == 1;
        }
    }

    private static void admin(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
